namespace Magazine.Core.Content;

/// <summary>
/// Cheap, single-pass estimates of how deeply a text nests, made before the parsers see it.
/// They lean high: a false alarm costs a writer a form message, a miss costs a core.
/// </summary>
public static class NestingDepth
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// The deepest line's container prefix: each quote marker, list marker and two columns of
    /// indentation count one level, which is how Markdig opens nested blocks.
    /// </summary>
    public static int OfMarkdownBlocks(string text)
    {
        var deepest = 0;
        var i = 0;
        while (i < text.Length)
        {
            var depth = 0;
            var columns = 0;
            while (i < text.Length && text[i] != '\n')
            {
                var c = text[i];
                if (c == ' ')
                {
                    columns++;
                    i++;
                }
                else if (c == '\t')
                {
                    columns += 4;
                    i++;
                }
                else if (c == '>')
                {
                    depth++;
                    i++;
                }
                else if ((c is '-' or '*' or '+') && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
                {
                    depth++;
                    i += 2;
                }
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(text, i) is var end and > 0)
                {
                    depth++;
                    i = end;
                }
                else
                {
                    break;
                }
            }
            deepest = Math.Max(deepest, depth + columns / 2);
            var next = text.IndexOf('\n', i);
            i = next < 0 ? text.Length : next + 1;
        }
        return deepest;
    }

    /// <summary>
    /// The deepest nesting of elements and how many there are, counting every start tag that
    /// is not void or self-closed and letting any end tag close one. Misnested tags such as
    /// "&lt;b&gt;&lt;i&gt;" never closed count as nesting, as they do for an HTML parser.
    /// </summary>
    public static (int Depth, int Elements) OfHtml(string html)
    {
        int depth = 0, deepest = 0, elements = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }
                i = html.IndexOf('<', close + 3);
                continue;
            }
            if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                var nameEnd = i + 1;
                while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                {
                    nameEnd++;
                }
                var tagEnd = html.IndexOf('>', nameEnd);
                var selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
                elements++;
                if (!selfClosed && !VoidElements.Contains(html.Substring(i + 1, nameEnd - i - 1)))
                {
                    depth++;
                    deepest = Math.Max(deepest, depth);
                }
            }
            i = html.IndexOf('<', i + 1);
        }
        return (deepest, elements);
    }

    /// <summary>The index after "12. " or "3) " starting at <paramref name="start"/>, or 0.</summary>
    private static int OrderedMarkerEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] is ' ' or '\t' ? i + 2 : 0;
    }
}
