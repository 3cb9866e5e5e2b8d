using AngleSharp.Html.Parser;

namespace Magazine.Core.Content;

public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements that end a word where they stand: "a<br>b" reads as two words, not "ab".</summary>
    private const string WordBreaks = "br, p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, tr, figcaption, hr";

    /// <summary>The text a reader would see in a piece of HTML, with runs of white space folded.</summary>
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll(WordBreaks))
        {
            element.After(document.CreateTextNode(" "));
        }
        var text = document.Body.TextContent;
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
