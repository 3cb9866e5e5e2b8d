using System.Text.Json;
using AngleSharp.Html.Dom;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Trust;

/// <summary>A site whose cached answers say so, with each class's own database (view counts and most-read lists are site-wide).</summary>
public sealed class ReadershipFactory : MagazineFactory
{
    public ReadershipFactory() => With("Magazine:CacheHeader", "true");
}

public static class TrustSite
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static List<JsonElement> JsonLd(IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    public static JsonElement StoryJsonLd(IHtmlDocument page) =>
        Assert.Single(JsonLd(page), d => d.GetProperty("@type").GetString() is "NewsArticle" or "LiveBlogPosting");

    /// <summary>A GET as a person's browser sends it.</summary>
    public static Task<HttpResponseMessage> ReadAsync(this HttpClient client, string url, string agent = Browser)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", agent);
        return client.SendAsync(request);
    }

    public static string FollowUp(int storyId, string path = "", string edition = "") => $"{edition}/admin/stories/{storyId}/follow-up{path}";
}
