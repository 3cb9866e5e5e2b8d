using System.Globalization;
using System.Text.RegularExpressions;
using Magazine.Core.Content;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>Small rules for turning another system's text into what Magazine's fields hold.</summary>
public static partial class ImportedText
{
    private const int TitleFromBodyLength = 70;

    /// <summary>The source title as plain text; an untitled post takes its opening words, or a dated "Untitled".</summary>
    /// <param name="titleIsText">The source keeps the title as text (Blogger's type="text"), not as HTML (WordPress).</param>
    public static string Title(string? title, string bodyHtml, DateTime date, bool titleIsText = false)
    {
        var plain = titleIsText ? Fold(title ?? "") : TitleText(title ?? "");
        if (plain.Length > 0)
        {
            return plain;
        }
        var text = HtmlText.ToPlainText(bodyHtml);
        return text.Length > 0
            ? HtmlText.Excerpt(text, TitleFromBodyLength)
            : string.Create(CultureInfo.InvariantCulture, $"Untitled, {date:d MMMM yyyy}");
    }

    /// <summary>
    /// An HTML title as the words a reader saw: inline formatting (emphasis, bold, superscript,
    /// links) is dropped and keeps its words, entities are decoded once, and anything else that
    /// looks like a tag ("Using the &lt;blink&gt; tag") is text and stays.
    /// </summary>
    public static string TitleText(string title) =>
        Fold(System.Net.WebUtility.HtmlDecode(InlineMarkup().Replace(title, "")));

    private static string Fold(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The source's slug when it has one, else one from the title; made unique among <paramref name="taken"/>.</summary>
    public static string UniqueSlug(string? preferred, string title, ISet<string> taken)
    {
        var slug = Slugs.From(preferred);
        if (slug.Length == 0)
        {
            slug = Slugs.From(title);
        }
        if (slug.Length == 0)
        {
            slug = "untitled";
        }
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            candidate = slug[..Math.Min(slug.Length, Slugs.MaxLength - suffix.Length)] + suffix;
        }
        taken.Add(candidate);
        return candidate;
    }

    public static string? Dek(string? excerpt, int max)
    {
        var text = HtmlText.ToPlainText(excerpt ?? "");
        return text.Length == 0 ? null : HtmlText.Excerpt(text, max - 1);
    }

    public static string Clip(string value, int max) => value.Length <= max ? value : value[..max].TrimEnd();

    public static string? ClipOrNull(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Clip(value.Trim(), max);

    /// <summary>A link a comment author left: kept only when it is an http(s) address that fits.</summary>
    public static string? WebAddress(string? url, int max) =>
        url is not null && url.Length <= max && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.ToString()
            : null;

    /// <summary>"ar" when Arabic letters outnumber the others, else "en": the two languages the magazine serves.</summary>
    public static string Language(string text)
    {
        int arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
            else
            {
                other++;
            }
        }
        return arabic > other ? "ar" : "en";
    }

    /// <summary>Absolute image addresses in a body, which stay where they are.</summary>
    public static IEnumerable<string> ImageAddresses(string html)
    {
        foreach (Match match in ImageSource().Matches(html))
        {
            var src = match.Groups["src"].Value.Trim();
            if (src.StartsWith("//", StringComparison.Ordinal))
            {
                src = "https:" + src;
            }
            if (src.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return System.Net.WebUtility.HtmlDecode(src);
            }
        }
    }

    [GeneratedRegex(@"</?(?:a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|br)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMarkup();

    [GeneratedRegex("""<img\b[^>]*?\ssrc\s*=\s*(?:"(?<src>[^"]*)"|'(?<src>[^']*)'|(?<src>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();
}
