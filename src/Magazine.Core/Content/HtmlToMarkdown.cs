using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Magazine.Core.Content;

/// <summary>
/// Turns an HTML body into Markdown that renders to the same page. What Markdown writes
/// plainly (paragraphs, headings, lists, quotes, code, links, images, emphasis) becomes
/// Markdown; an element whose attributes Markdown cannot carry (an aligned paragraph, a sized
/// image, a table, an embed) stays as HTML inside the Markdown, which story bodies allow, so
/// nothing is lost. Text is escaped so that "1986." or "2*3*4" stays text.
/// </summary>
public sealed partial class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "ul", "video", "audio", "object", "embed", "canvas", "noscript", "hgroup", "menu", "summary",
    };

    /// <summary>Attributes each element can keep in Markdown; any other attribute keeps the element as HTML.</summary>
    private static readonly Dictionary<string, string[]> Expressible = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title"],
        ["ol"] = ["start"],
        ["code"] = ["class"],
    };

    /// <summary>Rewrites an HTML body as Markdown in the form only; false when it was Markdown already.</summary>
    public bool ConvertBody(IEditableBody form)
    {
        if (form.BodyFormat != Entities.BodyFormat.Html)
        {
            return false;
        }
        form.BodyMarkdown = Convert(form.BodyMarkdown);
        form.BodyFormat = Entities.BodyFormat.Markdown;
        return true;
    }

    public string Convert(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return string.Join("\n\n", BlocksOf(document.Body!));
    }

    /// <summary>The Markdown blocks of a container: runs of text and inline elements become paragraphs.</summary>
    private List<string> BlocksOf(INode container)
    {
        var blocks = new List<string>();
        var run = new StringBuilder();
        void EndRun()
        {
            // Breaks around loose text are spacing the old site showed, and stay as "<br>" lines of their
            // own; the first break after text only ended its line, which the paragraph does too.
            var text = run.ToString();
            var paragraph = Paragraph(text);
            var before = BreaksAt(text, fromEnd: false);
            var after = paragraph.Length == 0 ? 0 : Math.Max(0, BreaksAt(text, fromEnd: true) - 1);
            AddBreaks(before);
            if (paragraph.Length > 0)
            {
                blocks.Add(paragraph);
            }
            AddBreaks(after);
            run.Clear();
        }
        void AddBreaks(int count)
        {
            if (count > 0)
            {
                blocks.Add(string.Join('\n', Enumerable.Repeat("<br>", count)));
            }
        }
        foreach (var child in container.ChildNodes)
        {
            if (child is IElement element && Blocks.Contains(element.LocalName))
            {
                EndRun();
                if (Block(element) is { Length: > 0 } block)
                {
                    blocks.Add(block);
                }
            }
            else
            {
                Inline(child, run);
            }
        }
        EndRun();
        return blocks;
    }

    private string Block(IElement element)
    {
        if (!CanWrite(element))
        {
            return RawBlock(element);
        }
        switch (element.LocalName)
        {
            case "p":
                // A paragraph that would open with an element kept as HTML would be read as an HTML block and lose its "p".
                var paragraph = Paragraph(InlineOf(element));
                return paragraph.Length > 1 && paragraph[0] == '<' && (char.IsAsciiLetter(paragraph[1]) || paragraph[1] == '/') ? RawBlock(element) : paragraph;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = Paragraph(InlineOf(element)).Replace("\\\n", "<br>", StringComparison.Ordinal).Replace('\n', ' ');
                return heading.Length == 0 ? "" : new string('#', element.LocalName[1] - '0') + " " + heading;
            case "hr":
                return "---";
            case "pre":
                return Fenced(element);
            case "blockquote":
                var quoted = string.Join("\n\n", BlocksOf(element));
                return string.Join('\n', quoted.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
            case "ul" or "ol":
                return List(element);
            case "div" when element.Attributes.Length == 0:
                // A plain wrapper (Blogger writes one per line) adds nothing a reader sees.
                return string.Join("\n\n", BlocksOf(element));
            default:
                return RawBlock(element);
        }
    }

    private string List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count != list.Children.Length || items.Any(i => i.Attributes.Length > 0))
        {
            return RawBlock(list);
        }
        // A list whose items hold paragraphs is written loose, so its items keep their paragraphs.
        var loose = items.Any(i => i.Children.Any(c => c.LocalName == "p"));
        var written = new List<string>();
        foreach (var item in items)
        {
            var marker = ordered ? $"{number++}. " : "- ";
            var body = string.Join(loose ? "\n\n" : "\n", BlocksOf(item));
            var indent = new string(' ', marker.Length);
            var lines = body.Split('\n').Select((line, i) => i == 0 ? marker + line : line.Length == 0 ? "" : indent + line);
            written.Add(string.Join('\n', lines));
        }
        return string.Join(loose ? "\n\n" : "\n", written);
    }

    private static string Fenced(IElement pre)
    {
        var code = pre.Children.Length == 1 && pre.FirstElementChild!.LocalName == "code" && pre.TextContent == pre.FirstElementChild.TextContent
            ? pre.FirstElementChild
            : null;
        if (code is null || pre.Children.Any(c => c != code) || code.Children.Length > 0)
        {
            return RawBlock(pre);
        }
        var text = pre.TextContent.TrimEnd('\n');
        var language = code.ClassList.FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal))?["language-".Length..] ?? "";
        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
        return $"{fence}{language}\n{text}\n{fence}";
    }

    private string InlineOf(IElement element)
    {
        var output = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, output);
        }
        return output.ToString();
    }

    private void Inline(INode node, StringBuilder output)
    {
        switch (node)
        {
            case IText text:
                output.Append(Escape(Whitespace().Replace(text.Data, " ")));
                return;
            case not IElement:
                return;
        }
        var element = (IElement)node;
        if (element.LocalName is "script" or "style" or "template")
        {
            return;
        }
        if (!CanWrite(element))
        {
            RawInline(element, output);
            return;
        }
        switch (element.LocalName)
        {
            case "br":
                output.Append("\\\n");
                break;
            case "strong" or "b":
                Emphasis(element, "**", output);
                break;
            case "em" or "i":
                Emphasis(element, "*", output);
                break;
            case "del" or "s" or "strike":
                Emphasis(element, "~~", output);
                break;
            case "code" when element.Children.Length == 0 && element.TextContent.Trim().Length > 0:
                var code = Whitespace().Replace(element.TextContent, " ");
                var ticks = new string('`', LongestRun(code, '`') + 1);
                var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
                output.Append(ticks).Append(pad).Append(code).Append(pad).Append(ticks);
                break;
            case "a" when element.GetAttribute("href") is { } href:
                output.Append('[').Append(InlineOf(element).Trim(' ')).Append("](").Append(Destination(href)).Append(Title(element)).Append(')');
                break;
            case "img" when element.GetAttribute("src") is { } src:
                output.Append("![").Append(Escape(element.GetAttribute("alt") ?? "")).Append("](").Append(Destination(src)).Append(Title(element)).Append(')');
                break;
            case "span" or "font" when element.Attributes.Length == 0:
                output.Append(InlineOf(element));
                break;
            default:
                RawInline(element, output);
                break;
        }
    }

    /// <summary>
    /// Markdown's markers only open and close beside letters or spaces; emphasis that starts or
    /// ends with punctuation is written with its tags, which renders the same wherever it stands.
    /// </summary>
    private void Emphasis(IElement element, string marker, StringBuilder output)
    {
        var inner = InlineOf(element);
        var trimmed = inner.Trim(' ');
        if (trimmed.Length == 0)
        {
            output.Append(inner);
            return;
        }
        if (!char.IsLetterOrDigit(trimmed[0]) || !char.IsLetterOrDigit(trimmed[^1]))
        {
            output.Append(OpenTag(element)).Append(inner).Append("</").Append(element.LocalName).Append('>');
            return;
        }
        output.Append(inner.Length > inner.TrimStart(' ').Length ? " " : "").Append(marker).Append(trimmed).Append(marker)
            .Append(inner.Length > inner.TrimEnd(' ').Length ? " " : "");
    }

    /// <summary>Whether Markdown can carry this element with every attribute it has.</summary>
    private static bool CanWrite(IElement element)
    {
        var allowed = Expressible.GetValueOrDefault(element.LocalName) ?? [];
        return element.Attributes.All(a => allowed.Contains(a.Name, StringComparer.Ordinal)
            && (a.Name != "class" || a.Value.StartsWith("language-", StringComparison.Ordinal)));
    }

    private void RawInline(IElement element, StringBuilder output)
    {
        if (element.ChildNodes.Length == 0 && element.LocalName is "img" or "br" or "wbr" or "input" or "source")
        {
            output.Append(element.OuterHtml);
            return;
        }
        output.Append(OpenTag(element)).Append(InlineOf(element)).Append("</").Append(element.LocalName).Append('>');
    }

    private static string OpenTag(IElement element)
    {
        var outer = element.OuterHtml;
        var inner = element.InnerHtml;
        return outer[..(outer.Length - inner.Length - element.LocalName.Length - 3)];
    }

    /// <summary>An element kept as HTML. A blank line would end the HTML block early, so there are none inside it.</summary>
    private static string RawBlock(IElement element)
    {
        var html = element.OuterHtml.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Markdown ends a "pre" block only at its closing tag, so its blank lines are safe and are kept.
        return element.LocalName == "pre" ? html : string.Join('\n', html.Split('\n').Where(line => line.Trim(' ', '\t').Length > 0));
    }

    /// <summary>How many breaks stand at one end of inline Markdown, with only white space between them.</summary>
    private static int BreaksAt(string inline, bool fromEnd)
    {
        var parts = inline.Split("\\\n");
        var count = 0;
        for (var i = 0; i < parts.Length - 1 && (fromEnd ? parts[^(i + 1)] : parts[i]).Trim(' ').Length == 0; i++)
        {
            count++;
        }
        return count;
    }

    /// <summary>A paragraph's inline Markdown, one line per hard break, with no break at either end.</summary>
    private static string Paragraph(string inline)
    {
        var lines = inline.Split("\\\n").Select(line => line.Trim(' ')).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        // A break at the start of a line, or an empty line, would end the paragraph: the break is written as a tag there.
        var written = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                written.Append(lines[i].Length == 0 || lines[i - 1].Length == 0 ? "<br>" : "\\\n");
            }
            written.Append(i == 0 || lines[i - 1].Length > 0 ? LineStart(lines[i]) : lines[i]);
        }
        return written.ToString();
    }

    /// <summary>What would open a list, a heading underline or a break at the start of a line is escaped there.</summary>
    private static string LineStart(string line)
    {
        var match = ListLike().Match(line);
        return match.Success ? line.Insert(match.Groups["mark"].Index, "\\") : line;
    }

    private static string Destination(string url)
    {
        var trimmed = url.Trim();
        return trimmed.Length == 0 || trimmed.IndexOfAny([' ', '(', ')', '<', '>', '\n']) >= 0
            ? "<" + trimmed.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal) + ">"
            : trimmed;
    }

    private static string Title(IElement element) =>
        element.GetAttribute("title") is { Length: > 0 } title ? " \"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : "";

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var special = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '~' or '|' or '^'
                || (c is '+' or '=' && next == c)
                || (c == '&' && (char.IsAsciiLetterOrDigit(next) || next == '#'))
                || (c == ':' && AutoLinkScheme().IsMatch(text.AsSpan(0, i)));
            if (special)
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return WwwLink().Replace(builder.ToString(), "www\\.");
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    /// <summary>HTML's own white space; a no-break space is text and stays.</summary>
    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:(?:[0-9]{1,9}|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)(?<mark>[.)])(?:\s|$)|(?<mark>[-+=])(?:\s|$|[-=]+\s*$))")]
    private static partial Regex ListLike();

    [GeneratedRegex(@"(?:https?|ftp|mailto|tel)$", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLinkScheme();

    [GeneratedRegex(@"(?<![\w.])www\.", RegexOptions.IgnoreCase)]
    private static partial Regex WwwLink();
}
