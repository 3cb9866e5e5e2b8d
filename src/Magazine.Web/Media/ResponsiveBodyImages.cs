using System.Net;
using System.Text.RegularExpressions;

namespace Magazine.Web.Media;

/// <summary>
/// Gives the processed uploads in a story's stored HTML their sizes (srcset, sizes, width,
/// height) and lazy loading as the page is served.
/// </summary>
/// <remarks>
/// Done when serving rather than in the HTML rendered at save: feeds carry the same stored
/// HTML and want one plain address, and a story saved before an image's sizes changed (the
/// ladder grows, the verb reprocesses) gets the new ones without being saved again. Reader
/// pages are output-cached, so this runs once per page, not per visit.
/// </remarks>
public static partial class ResponsiveBodyImages
{
    public static string Apply(string html) =>
        html.Contains("<img", StringComparison.Ordinal) ? ImageTag().Replace(html, Rewrite) : html;

    private static string Rewrite(Match tag)
    {
        var attributes = tag.Groups["attributes"].Value;
        var src = SrcAttribute().Match(attributes);
        if (!src.Success || ResponsiveImage.Parse(WebUtility.HtmlDecode(src.Groups["src"].Value)) is not { } image)
        {
            return tag.Value;
        }
        var kept = SizingAttributes().Replace(attributes, "");
        return $"<img{kept} srcset=\"{image.Srcset}\" sizes=\"{ResponsiveImage.ArticleSizes}\" width=\"{image.Width}\" height=\"{image.Height}\" loading=\"lazy\" decoding=\"async\">";
    }

    [GeneratedRegex(@"<img(?<attributes>\s[^>]*?)\s*/?>", RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex("""\ssrc="(?<src>[^"]*)" """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex("""\s(?:srcset|sizes|width|height|loading|decoding)="[^"]*" """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SizingAttributes();
}
