using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Content;

/// <summary>
/// What a reader sees of a rendered body, written out so two renderings can be compared:
/// elements as the reader meets them (b and strong are both bold), their attributes but not
/// heading anchors, and text without the white space HTML ignores.
/// </summary>
public static partial class RenderedShape
{
    public static string Of(string html)
    {
        var output = new StringBuilder();
        Write(Html.Parse(html).Body!, output);
        return output.ToString();
    }

    /// <summary>
    /// The words and what carries meaning in them, in order: headings, links, images, list
    /// items, emphasis, quotes, code and tables, each with its text. Paragraph wrappers and
    /// white space are left out, so loose text that became a paragraph reads the same.
    /// </summary>
    public static string Content(string html)
    {
        var body = Html.Parse(html).Body!;
        var output = new StringBuilder(Spaces().Replace(body.TextContent, "")).Append('\n');
        foreach (var element in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, a, img, li, strong, b, em, i, blockquote, pre, table"))
        {
            var name = element.LocalName switch { "b" => "strong", "i" => "em", var other => other };
            output.Append(name).Append(':').Append(element.GetAttribute("href") ?? element.GetAttribute("src") ?? "").Append(':')
                .Append(element.GetAttribute("alt") ?? "").Append(':').Append(Spaces().Replace(element.TextContent, "")).Append('\n');
        }
        return output.ToString();
    }

    private static void Write(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when Spaces().Replace(text.Data, " ").Trim(' ') is { Length: > 0 } words:
                    output.Append(words).Append('|');
                    break;
                case IElement element:
                    var name = element.LocalName switch
                    {
                        "b" => "strong",
                        "i" => "em",
                        "s" or "strike" => "del",
                        var other => other,
                    };
                    var attributes = element.Attributes
                        .Where(a => !(a.Name == "id" && name is ['h', >= '1' and <= '6']))
                        .OrderBy(a => a.Name, StringComparer.Ordinal)
                        .Select(a => $" {a.Name}=\"{a.Value}\"");
                    output.Append('<').Append(name).Append(string.Concat(attributes)).Append('>');
                    Write(element, output);
                    output.Append("</").Append(name).Append('>');
                    break;
            }
        }
    }

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex Spaces();
}
