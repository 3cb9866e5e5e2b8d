using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// Turns an imported comment (HTML from Blogger, text with light HTML from WordPress) into
/// the Markdown subset readers' comments are written in, so it goes through the same comment
/// pipeline (which shows raw HTML as text) and keeps its links, emphasis and paragraphs.
/// </summary>
public static class CommentMarkdown
{
    private static readonly HtmlParser Parser = new();

    public static string FromHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        var output = new StringBuilder();
        Write(document.Body!, output);
        return Tidy(output.ToString());
    }

    private static void Write(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    WriteText(text.Data, output);
                    break;
                case IElement element:
                    WriteElement(element, output);
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, StringBuilder output)
    {
        switch (element.LocalName)
        {
            case "br":
                output.Append("\\\n");
                break;
            case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "tr" or "dl" or "dt" or "dd"
                or "address" or "section" or "article" or "header" or "footer" or "figure" or "figcaption" or "hr":
                output.Append("\n\n");
                Write(element, output);
                output.Append("\n\n");
                break;
            case "b" or "strong":
                Wrap(element, "**", output);
                break;
            case "i" or "em":
                Wrap(element, "*", output);
                break;
            case "td" or "th":
                Write(element, output);
                output.Append(' ');
                break;
            case "code":
                output.Append('`').Append(element.TextContent.Replace('`', '\'')).Append('`');
                break;
            case "pre":
                output.Append("\n\n```\n").Append(element.TextContent.Replace("```", "'''")).Append("\n```\n\n");
                break;
            case "blockquote":
                var inner = new StringBuilder();
                Write(element, inner);
                output.Append("\n\n");
                foreach (var line in Tidy(inner.ToString()).Split('\n'))
                {
                    output.Append("> ").Append(line).Append('\n');
                }
                output.Append('\n');
                break;
            case "li":
                var ordered = element.ParentElement?.LocalName == "ol";
                output.Append(ordered ? $"\n{element.ParentElement!.Children.TakeWhile(e => e != element).Count(e => e.LocalName == "li") + 1}. " : "\n- ");
                Write(element, output);
                output.Append('\n');
                break;
            case "a":
                var href = element.GetAttribute("href");
                var label = new StringBuilder();
                Write(element, label);
                if (href is not null && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                {
                    output.Append('[').Append(label.Length > 0 ? label.ToString() : Escape(href)).Append("](<").Append(href.Replace(">", "%3E")).Append(">)");
                }
                else
                {
                    output.Append(label);
                }
                break;
            case "script" or "style":
                break;
            default:
                Write(element, output);
                break;
        }
    }

    private static void Wrap(IElement element, string marker, StringBuilder output)
    {
        var inner = new StringBuilder();
        Write(element, inner);
        var text = inner.ToString();
        if (text.Trim().Length == 0)
        {
            output.Append(text);
            return;
        }
        output.Append(marker).Append(text.Trim()).Append(marker);
    }

    /// <summary>Plain text keeps its line breaks: a blank line is a new paragraph, a single break a line break.</summary>
    private static void WriteText(string text, StringBuilder output)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append(lines[i - 1].Trim().Length == 0 || lines[i].Trim().Length == 0 ? "\n" : "\\\n");
            }
            output.Append(Escape(lines[i]));
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '~' or '|')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>At most one blank line in a row, no stray breaks at the ends of paragraphs.</summary>
    private static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var output = new StringBuilder();
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim().Length == 0 ? "" : raw;
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (output.Length > 0)
            {
                if (blank > 0 && output[^1] == '\\')
                {
                    output.Length--;
                }
                output.Append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            output.Append(line.TrimStart());
        }
        var result = output.ToString();
        return result.EndsWith('\\') ? result[..^1] : result;
    }
}
