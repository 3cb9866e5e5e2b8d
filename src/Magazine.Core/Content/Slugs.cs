using System.Globalization;
using System.Text;

namespace Magazine.Core.Content;

public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>
    /// A readable URL segment from a title: lower-case letters and digits of any script
    /// joined by hyphens. Latin accents are folded; Arabic keeps its letters and loses its
    /// diacritics (tashkeel) and tatweel, so an Arabic title gives an Arabic slug.
    /// </summary>
    public static string From(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }
        // Arabic letters are kept whole: decomposed, أ إ آ ؤ ئ would lose their hamza or madda
        // (a combining mark) and become other letters. Only Latin and the like are decomposed to
        // fold their accents; Arabic drops its vowel marks (tashkeel) and tatweel, nothing else.
        // The walk is by code point, not by char: an emoji or any letter beyond the BMP is two
        // chars, and either half alone is not text Normalize accepts.
        var decomposed = new StringBuilder(title.Length * 2);
        foreach (var rune in WellFormed(title).Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (rune.IsBmp && IsArabic((char)rune.Value))
            {
                decomposed.Append((char)rune.Value);
            }
            else
            {
                decomposed.Append(rune.ToString().Normalize(NormalizationForm.FormD));
            }
        }
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var rune in decomposed.ToString().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || rune.Value == '\u0640')
            {
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingHyphen = true;
            }
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC).Trim('-');
    }

    /// <summary>The text with any lone surrogate (half of a pair, cut or mis-decoded) made U+FFFD, which Normalize accepts.</summary>
    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF';

    /// <summary>Whether a value typed into a slug field is already in slug form.</summary>
    public static bool IsValid(string? slug) => !string.IsNullOrEmpty(slug) && From(slug) == slug;

    /// <summary>
    /// <paramref name="slug"/> itself when free, otherwise the first free "slug-2", "slug-3"...
    /// The caller's unique index still decides a race; this only avoids the common collision.
    /// </summary>
    public static async Task<string> MakeUniqueAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        var candidate = slug;
        for (var n = 2; await isTaken(candidate); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            candidate = slug[..Math.Min(slug.Length, MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }
        return candidate;
    }
}
