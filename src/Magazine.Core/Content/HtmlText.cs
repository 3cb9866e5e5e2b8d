using AngleSharp.Html.Parser;

namespace Magazine.Core.Content;

public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The text a reader would see in a piece of HTML, with runs of white space folded.</summary>
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        var text = document.Body?.TextContent ?? "";
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary.</summary>
    public static string Excerpt(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max), "…");
    }
}
