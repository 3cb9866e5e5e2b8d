using AngleSharp.Dom;

namespace Magazine.Web.Media;

/// <summary>
/// Gives the processed uploads in a story's body their sizes (srcset, sizes, width, height)
/// and lazy loading when the body is rendered at save, so the reader view serves stored HTML
/// untouched.
/// </summary>
/// <remarks>
/// The sizes written are those of the ladder at the time of rendering; the process-images verb
/// renders every story showing an upload again, so a grown ladder reaches old stories too.
/// Feeds want one plain address per image, not a srcset of root-relative ones:
/// <see cref="FeedBodyImages"/> takes them back out.
/// </remarks>
public static class ResponsiveBodyImages
{
    private static readonly string[] Sizing = ["srcset", "sizes", "width", "height", "loading", "decoding"];

    /// <summary>Called on each <c>img</c> the story sanitizer keeps; an image that is not a processed upload is left as written.</summary>
    public static void Size(IElement image)
    {
        if (ResponsiveImage.Parse(image.GetAttribute("src")) is not { } processed)
        {
            return;
        }
        foreach (var attribute in Sizing)
        {
            image.RemoveAttribute(attribute);
        }
        image.SetAttribute("srcset", processed.Srcset);
        image.SetAttribute("sizes", ResponsiveImage.ArticleSizes);
        image.SetAttribute("width", processed.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        image.SetAttribute("height", processed.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        image.SetAttribute("loading", "lazy");
        image.SetAttribute("decoding", "async");
    }
}
