using System.Net;
using System.Text.RegularExpressions;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>
/// WordPress core shortcodes in a post body, turned into the HTML they stand for so they do
/// not show as bracketed text: [caption] becomes a figure with its caption, [embed], [audio]
/// and [video] become links to their media. [gallery] and [playlist] list attachments by id,
/// which an export does not tie to files reliably; they are removed and reported.
/// </summary>
public static partial class WordPressShortcodes
{
    public static string Convert(string html, out bool droppedGallery)
    {
        droppedGallery = false;
        if (!html.Contains('[', StringComparison.Ordinal))
        {
            return html;
        }
        var result = Caption().Replace(html, CaptionToFigure);
        result = Embed().Replace(result, m => Link(m.Groups["url"].Value.Trim()));
        result = Media().Replace(result, m => Url().Match(m.Groups["attrs"].Value) is { Success: true } url ? Link(url.Value) : "");
        var withoutGalleries = Gallery().Replace(result, "");
        droppedGallery = withoutGalleries.Length != result.Length;
        return withoutGalleries;
    }

    private static string CaptionToFigure(Match match)
    {
        var inner = match.Groups["inner"].Value.Trim();
        var parts = MediaThenText().Match(inner);
        var media = parts.Success ? parts.Groups["media"].Value : inner;
        var text = parts.Success ? parts.Groups["text"].Value.Trim() : "";
        if (text.Length == 0 && CaptionAttribute().Match(match.Groups["attrs"].Value) is { Success: true } attribute)
        {
            text = attribute.Groups["text"].Value;
        }
        return text.Length == 0 ? $"<figure>{media}</figure>" : $"<figure>{media}<figcaption>{text}</figcaption></figure>";
    }

    private static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"<a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(url)}</a>"
            : "";

    [GeneratedRegex(@"\[caption(?<attrs>[^\]]*)\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(?<media>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<text>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MediaThenText();

    [GeneratedRegex(@"\bcaption=""(?<text>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionAttribute();

    [GeneratedRegex(@"\[embed[^\]]*\](?<url>[^\[]*)\[/embed\]", RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[(?<tag>audio|video)\b(?<attrs>[^\]]*)\](?:[^\[]*\[/\k<tag>\])?", RegexOptions.IgnoreCase)]
    private static partial Regex Media();

    [GeneratedRegex(@"https?://[^\s""'\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\[(?:gallery|playlist)\b[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Gallery();
}
