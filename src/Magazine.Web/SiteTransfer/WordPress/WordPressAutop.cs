using System.Text;
using System.Text.RegularExpressions;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>
/// WordPress's paragraph rules (its <c>wpautop</c>), applied once on import so a body shows as
/// WordPress showed it: text split by blank lines becomes paragraphs and a single line break a
/// <c>&lt;br /&gt;</c>, while <c>pre</c>, <c>script</c>, <c>style</c>, the inside of tags and
/// block elements are left as they are. WordPress stores bodies without these rules and applies
/// them on every display; Magazine stores the result, so the newsroom edits what readers see.
/// </summary>
public static partial class WordPressAutop
{
    private const string Blocks = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    private const string NewlineInTag = " <!-- wpnl --> ";
    private const string KeptNewline = "<WPPreserveNewline />";

    public static string Apply(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "";
        }
        text += "\n";
        var preTags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.Contains("<pre", StringComparison.Ordinal))
        {
            text = SetPreAside(text, preTags);
        }
        text = DoubleBreak().Replace(text, "\n\n");
        text = BlockOpening().Replace(text, "\n\n$1");
        text = BlockClosing().Replace(text, "$1\n\n");
        text = Rule().Replace(text, "$1\n\n");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = TagOrComment().Replace(text, m => m.Value.Replace("\n", NewlineInTag, StringComparison.Ordinal));
        if (text.Contains("<option", StringComparison.Ordinal))
        {
            text = Regex.Replace(text, @"\s*<option", "<option");
            text = Regex.Replace(text, @"</option>\s*", "</option>");
        }
        if (text.Contains("</object>", StringComparison.Ordinal))
        {
            text = Regex.Replace(text, @"(<object[^>]*>)\s*", "$1");
            text = Regex.Replace(text, @"\s*</object>", "</object>");
            text = Regex.Replace(text, @"\s*(</?(?:param|embed)[^>]*>)\s*", "$1");
        }
        if (text.Contains("<source", StringComparison.Ordinal) || text.Contains("<track", StringComparison.Ordinal))
        {
            text = Regex.Replace(text, @"([<\[](?:audio|video)[^>\]]*[>\]])\s*", "$1");
            text = Regex.Replace(text, @"\s*([<\[]/(?:audio|video)[>\]])", "$1");
            text = Regex.Replace(text, @"\s*(<(?:source|track)[^>]*>)\s*", "$1");
        }
        if (text.Contains("<figcaption", StringComparison.Ordinal))
        {
            text = Regex.Replace(text, @"\s*(<figcaption[^>]*>)", "$1");
            text = Regex.Replace(text, @"</figcaption>\s*", "</figcaption>");
        }
        text = ManyBreaks().Replace(text, "\n\n");

        var paragraphs = new StringBuilder();
        foreach (var paragraph in BlankLine().Split(text))
        {
            if (paragraph.Length > 0)
            {
                paragraphs.Append("<p>").Append(paragraph.Trim('\n')).Append("</p>\n");
            }
        }
        text = paragraphs.ToString();
        text = EmptyParagraph().Replace(text, "");
        text = Regex.Replace(text, @"<p>([^<]+)</(div|address|form)>", "<p>$1</p></$2>");
        text = Regex.Replace(text, @"<p>\s*(</?" + Blocks + @"[^>]*>)\s*</p>", "$1");
        text = Regex.Replace(text, @"<p>(<li.+?)</p>", "$1");
        text = Regex.Replace(text, @"<p><blockquote([^>]*)>", "<blockquote$1><p>", RegexOptions.IgnoreCase);
        text = text.Replace("</blockquote></p>", "</p></blockquote>", StringComparison.Ordinal);
        text = Regex.Replace(text, @"<p>\s*(</?" + Blocks + @"[^>]*>)", "$1");
        text = Regex.Replace(text, @"(</?" + Blocks + @"[^>]*>)\s*</p>", "$1");

        text = KeptElement().Replace(text, m => m.Value.Replace("\n", KeptNewline, StringComparison.Ordinal));
        text = text.Replace("<br>", "<br />", StringComparison.Ordinal).Replace("<br/>", "<br />", StringComparison.Ordinal);
        text = LineBreak().Replace(text, "<br />\n");
        text = text.Replace(KeptNewline, "\n", StringComparison.Ordinal);

        text = Regex.Replace(text, @"(</?" + Blocks + @"[^>]*>)\s*<br />", "$1");
        text = Regex.Replace(text, @"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", "$1");
        text = Regex.Replace(text, "\n</p>$", "</p>");
        foreach (var (placeholder, pre) in preTags)
        {
            text = text.Replace(placeholder, pre, StringComparison.Ordinal);
        }
        return text.Replace(NewlineInTag, "\n", StringComparison.Ordinal).Replace("<!-- wpnl -->", "\n", StringComparison.Ordinal);
    }

    /// <summary>Each <c>pre</c> element is swapped for a placeholder, so nothing inside it is touched.</summary>
    private static string SetPreAside(string text, Dictionary<string, string> preTags)
    {
        var parts = text.Split("</pre>");
        var result = new StringBuilder();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var start = parts[i].IndexOf("<pre", StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(parts[i]);
                continue;
            }
            var placeholder = $"<pre wp-pre-tag-{preTags.Count}></pre>";
            preTags[placeholder] = parts[i][start..] + "</pre>";
            result.Append(parts[i], 0, start).Append(placeholder);
        }
        return result.Append(parts[^1]).ToString();
    }

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>")]
    private static partial Regex DoubleBreak();

    [GeneratedRegex("(<" + Blocks + @"[\s/>])")]
    private static partial Regex BlockOpening();

    [GeneratedRegex("(</" + Blocks + ">)")]
    private static partial Regex BlockClosing();

    [GeneratedRegex(@"(<hr\s*?/?>)")]
    private static partial Regex Rule();

    [GeneratedRegex(@"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex TagOrComment();

    [GeneratedRegex("\n\n+")]
    private static partial Regex ManyBreaks();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"<p>\s*</p>")]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"<(script|style|svg|math).*?</\1>", RegexOptions.Singleline)]
    private static partial Regex KeptElement();

    [GeneratedRegex(@"(?<!<br />)\s*\n")]
    private static partial Regex LineBreak();
}
