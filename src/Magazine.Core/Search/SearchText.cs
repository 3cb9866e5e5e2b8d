using System.Globalization;
using System.Text;

namespace Magazine.Core.Search;

/// <summary>
/// The one normalisation applied to what is indexed and to what readers type, so the two
/// always meet. Arabic is written with or without short vowels (tashkeel), with a
/// decorative stretch (tatweel) and with several interchangeable letter forms; all fold to
/// one spelling here, and the definite article (with a joined conjunction or preposition)
/// comes off the front of a word, as light Arabic stemmers do: "المدرسة" is found by
/// "مدرسة". Case and Latin accents are left to the search engine's tokenizer.
/// </summary>
public static class SearchText
{
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';
    private const char Heh = '\u0647';

    /// <summary>Longest first: and-the, with-the, like-the, so-the, for-the, the.</summary>
    private static readonly string[] ArticlePrefixes = ["وال", "بال", "كال", "فال", "لل", "ال"];

    /// <summary>A prefix only comes off a word that keeps at least this many letters ("الله" stays whole).</summary>
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
        return StripArticles(builder.ToString());
    }

    private static string StripArticles(string text)
    {
        if (!text.Contains("ال", StringComparison.Ordinal) && !text.Contains("لل", StringComparison.Ordinal))
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
            var word = text.AsSpan(i, end - i);
            var cut = 0;
            foreach (var prefix in ArticlePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= MinimumStem)
                {
                    cut = prefix.Length;
                    break;
                }
            }
            builder.Append(word[cut..]);
            i = end;
        }
        return builder.ToString();
    }

    /// <summary>A character that belongs to a word: letters, digits and the marks folded away above.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>How a word compares when highlighting: folded, Latin accents removed, lower case.</summary>
    public static string Key(string word)
    {
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
