using System.Globalization;
using System.Text;

namespace Magazine.Core.Search;

/// <summary>
/// The one normalisation applied to what is indexed and to what readers type, so the two
/// always meet. Arabic is written with or without short vowels (tashkeel), with a
/// decorative stretch (tatweel) and with several interchangeable letter forms; all fold to
/// one spelling here. Arabic words are then lightly stemmed, as light stemmers for
/// retrieval do: the definite article (with a joined conjunction or preposition) comes off
/// the front and one common plural, dual or pronoun ending off the back, so "الصيادون",
/// "والصيادين" and "صياد" meet. Case, Latin accents and English word forms are left to the
/// search engine's tokenizer (SQLite's porter stemmer; PostgreSQL's english configuration).
/// Only search uses this: slugs and stored text keep every letter as written.
/// </summary>
public static class SearchText
{
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';
    private const char Heh = '\u0647';

    /// <summary>Longest first: and-the, with-the, like-the, so-the, for-the, the.</summary>
    private static readonly string[] ArticlePrefixes = ["وال", "بال", "كال", "فال", "لل", "ال"];

    /// <summary>
    /// Endings after folding (teh marbuta is already heh), longest first: plural and dual
    /// (ات، ون، ين، ان), the feminine and nisba endings (يه، ه، ي) and the attached pronouns
    /// "her/its" and "their" (ها، هم، هن). One comes off, the longest that fits.
    /// </summary>
    private static readonly string[] Suffixes = ["ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "ه", "ي"];

    /// <summary>An affix only comes off a word that keeps at least this many letters ("الله" and "بيت" stay whole).</summary>
    private const int MinimumStem = 3;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        // Compatibility forms (Arabic presentation forms pasted from PDFs, ligatures, full-width letters) to plain letters.
        var normalised = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            switch (c)
            {
                case >= '\u0610' and <= '\u061A':   // honorific and Quranic signs above letters
                case >= '\u064B' and <= '\u065F':   // tashkeel: tanwin, fatha, damma, kasra, shadda, sukun and the rest
                case '\u0670':                      // superscript (dagger) alef
                case '\u0640':                      // tatweel
                case >= '\u06D6' and <= '\u06ED':   // Quranic annotation marks
                    continue;
                case '\u0622' or '\u0623' or '\u0625' or '\u0671':  // alef with madda, hamza above, hamza below; alef wasla
                    builder.Append(Alef);
                    break;
                case '\u0649' or '\u06CC':          // alef maksura, Farsi yeh
                    builder.Append(Yeh);
                    break;
                case '\u0629':                      // teh marbuta
                    builder.Append(Heh);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return StemArabicWords(builder.ToString());
    }

    private static string StemArabicWords(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0621', '\u064A'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }
            builder.Append(Stem(text.AsSpan(i, end - i)));
            i = end;
        }
        return builder.ToString();
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= MinimumStem)
            {
                word = word[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in Suffixes)
        {
            // A one-letter ending is also the last letter of many short roots: it needs a longer stem.
            var minimum = suffix.Length == 1 ? MinimumStem + 1 : MinimumStem;
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= minimum)
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }

    /// <summary>Where each word of the text starts and ends: the runs of <see cref="IsWordChar"/> characters.</summary>
    public static List<(int Start, int End)> WordSpans(string text)
    {
        // About one word in six characters of running text: sized once rather than regrown.
        var words = new List<(int, int)>(text.Length / 6 + 1);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>A character that belongs to a word: letters, digits and the marks folded away above.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>How a word compares when highlighting: folded, Latin accents removed, lower case.</summary>
    public static string Key(string word)
    {
        // Snippets key every word of a result's text: plain ASCII needs only its case folded.
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }
        var decomposed = Fold(word).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
