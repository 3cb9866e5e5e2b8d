using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Magazine.Web.Readership;

/// <summary>
/// Whether a request is a person reading, judged from the request alone (nothing is stored):
/// crawlers, link unfurlers, monitors and scripts name themselves in their user agent, and
/// browsers mark the pages they only fetch ahead (speculation rules, link prefetch).
/// </summary>
public static partial class HumanReaders
{
    public static bool IsReading(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || IsPrefetch(request.Headers))
        {
            return false;
        }
        var agent = request.Headers.UserAgent.ToString();
        // Every browser sends one; a request without is a script.
        return agent.Length > 0 && !KnownRobots().IsMatch(agent);
    }

    private static bool IsPrefetch(IHeaderDictionary headers) =>
        headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || headers["X-Purpose"].ToString().Contains("preview", StringComparison.OrdinalIgnoreCase)
        || headers["X-Moz"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The words the robots a news site sees put in their user agents: search and AI crawlers
    /// ("bot", "crawl", "spider", "slurp"), social networks' and chat apps' link previews,
    /// feed readers, uptime monitors, page testers and HTTP libraries.
    /// </summary>
    [GeneratedRegex(
        @"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|quora link preview|whatsapp|"
        + @"bingpreview|skypeuripreview|outbrain|pinterest|vkshare|w3c_validator|validator\.nu|feedfetcher|feedly|newsblur|inoreader|"
        + @"rss|monitor|uptime|pingdom|statuscake|lighthouse|chrome-lighthouse|pagespeed|gtmetrix|headlesschrome|phantomjs|"
        + @"curl|wget|python-|python/|go-http-client|java/|okhttp|libwww|httpclient|axios|node-fetch|undici|scrapy|ahrefs|semrush|mj12|"
        + @"petalsearch|yandex|baiduspider|duckduckgo|applebot|gptbot|claudebot|ccbot|perplexity|bytespider|amazonbot",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownRobots();
}
