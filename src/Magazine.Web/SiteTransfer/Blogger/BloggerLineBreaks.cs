using System.Text.RegularExpressions;

namespace Magazine.Web.SiteTransfer.Blogger;

/// <summary>
/// Blogger's "convert line breaks" setting, applied once on import: with it on, Blogger showed
/// every line break of a body as a <c>&lt;br /&gt;</c>, except inside <c>pre</c>, scripts and
/// styles, and inside tags themselves.
/// </summary>
public static partial class BloggerLineBreaks
{
    public static string Apply(string html)
    {
        if (!html.Contains('\n', StringComparison.Ordinal))
        {
            return html;
        }
        return KeptOrLineBreak().Replace(html.Replace("\r\n", "\n", StringComparison.Ordinal), m => m.Value == "\n" ? "<br />\n" : m.Value);
    }

    [GeneratedRegex(@"<(pre|script|style|textarea)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|\n", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex KeptOrLineBreak();
}
