using AngleSharp.Html.Parser;

namespace Magazine.Web.Media;

/// <summary>
/// A story's stored HTML as a feed carries it: each processed upload by one plain address of a
/// size feed readers show (they lay a story out a column wide and may ignore srcset), with the
/// reader page's sizing and lazy loading taken out.
/// </summary>
public static class FeedBodyImages
{
    /// <summary>Feed readers show a picture at most a column wide: the 960 px WebP is plenty.</summary>
    public const int Width = 960;

    private static readonly HtmlParser Parser = new();
    private static readonly string[] Sizing = ["srcset", "sizes", "loading", "decoding", "width", "height"];

    public static string Plain(string html)
    {
        if (!html.Contains("srcset=", StringComparison.Ordinal))
        {
            return html;
        }
        var document = Parser.ParseDocument(html);
        foreach (var image in document.QuerySelectorAll("img[srcset]"))
        {
            if (ResponsiveImage.Parse(image.GetAttribute("src")) is not { } processed)
            {
                continue;
            }
            image.SetAttribute("src", processed.UrlAtMost(Width));
            foreach (var attribute in Sizing)
            {
                image.RemoveAttribute(attribute);
            }
        }
        return document.Body!.InnerHtml;
    }
}
