namespace Magazine.Core.Search;

/// <summary>
/// What a reader typed, reduced to plain words. Search syntax is never passed through:
/// quotes, operators (AND, OR, NOT, NEAR), brackets, stars and column filters become
/// ordinary words or disappear, so no query can be malformed and every story that holds
/// all the words (each also as the start of a longer word) is found.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>Only the start of a very long query is read.</summary>
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 8;
    private const int MaxTermLength = 64;

    private SearchTerms(string text, IReadOnlyList<string> words)
    {
        Text = text;
        Words = words;
    }

    /// <summary>The query as typed (trimmed, at most <see cref="MaxQueryLength"/> characters), for showing back.</summary>
    public string Text { get; }

    /// <summary>Folded words, lower case, without repeats.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
        }
        var words = new List<string>();
        var folded = SearchText.Fold(text);
        foreach (var (start, end) in SearchText.WordSpans(folded))
        {
            var word = SearchText.Key(folded[start..end]);
            if (word.Length > 0 && word.Length <= MaxTermLength && !words.Contains(word) && words.Count < MaxTerms)
            {
                words.Add(word);
            }
        }
        return new SearchTerms(text, words);
    }

    /// <summary>
    /// An FTS5 query: every word quoted (so it is a string, never an operator) and, from two
    /// letters up, also matched as a prefix. Words hold only letters and digits, so there is
    /// nothing to escape.
    /// </summary>
    public string ToFts5Match() =>
        string.Join(' ', Words.Select(w => w.Length >= 2 ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>
    /// The same query with every word matched whole (as the index's stemmer reduces it), not
    /// also as the start of longer words. Null when that is no different.
    /// </summary>
    public string? ToFts5WholeWordsMatch() =>
        Words.Any(w => w.Length >= 2) ? string.Join(' ', Words.Select(w => $"\"{w}\"")) : null;

    /// <summary>
    /// The same query for PostgreSQL's <c>to_tsquery</c>: every word required, from two
    /// letters up also as a prefix (<c>:*</c>). Words hold only letters and digits, so none
    /// can be read as an operator.
    /// </summary>
    public string ToTsQuery() =>
        string.Join(" & ", Words.Select(w => w.Length >= 2 ? $"{w}:*" : w));

    /// <summary>Whether a word of a text (already through <see cref="SearchText.Key"/>) is one the reader asked for.</summary>
    public bool Matches(string key) =>
        Words.Any(w => w.Length >= 2 ? key.StartsWith(w, StringComparison.Ordinal) : key == w);

    /// <summary>
    /// The same test on a word as written in a text. A snippet tests every word of a story's
    /// body, so a plain ASCII word, whose key is only its lower case, is compared in place
    /// rather than copied and lowered; any other word goes through <see cref="SearchText.Key"/>.
    /// </summary>
    public bool MatchesWritten(ReadOnlySpan<char> word)
    {
        if (!System.Text.Ascii.IsValid(word))
        {
            return Matches(SearchText.Key(word.ToString()));
        }
        foreach (var w in Words)
        {
            if (w.Length <= word.Length && (w.Length >= 2 || word.Length == 1) && StartsWithLowered(word, w))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithLowered(ReadOnlySpan<char> asciiWord, string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            var c = asciiWord[i];
            if ((c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) != key[i])
            {
                return false;
            }
        }
        return true;
    }
}
