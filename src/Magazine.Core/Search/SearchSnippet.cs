namespace Magazine.Core.Search;

/// <summary>A run of text in a search result, marked when it is one of the words searched for.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);

/// <summary>
/// Highlights the searched words in a story's own stored text (not the folded copy the
/// index holds), so Arabic keeps its vowels and letter forms in results. The parts are
/// plain text: the page encodes them and wraps the highlighted ones in mark elements.
/// </summary>
public static class SearchSnippet
{
    public const int DefaultWords = 32;
    private const int ContextWords = 4;

    /// <summary>The whole text with matches marked (for headlines).</summary>
    public static IReadOnlyList<SnippetPart> Highlight(string text, SearchTerms terms) =>
        Build(text, terms, int.MaxValue);

    /// <summary>The window of about <paramref name="maxWords"/> words holding the most matches, with an ellipsis where text was cut.</summary>
    public static IReadOnlyList<SnippetPart> Build(string text, SearchTerms terms, int maxWords = DefaultWords)
    {
        var words = SearchText.WordSpans(text);
        if (words.Count == 0)
        {
            return [];
        }
        var hits = new bool[words.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = terms.MatchesWritten(text.AsSpan(words[i].Start, words[i].End - words[i].Start));
        }
        var size = Math.Min(maxWords, words.Count);
        var first = BestStart(hits, size);
        var last = first + size - 1;

        var parts = new List<SnippetPart>();
        var start = first == 0 ? 0 : words[first].Start;
        var end = last == words.Count - 1 ? text.Length : words[last].End;
        if (first > 0)
        {
            parts.Add(new SnippetPart("…", false));
        }
        var plainFrom = start;
        for (var i = first; i <= last; i++)
        {
            if (!hits[i])
            {
                continue;
            }
            if (words[i].Start > plainFrom)
            {
                parts.Add(new SnippetPart(text[plainFrom..words[i].Start], false));
            }
            parts.Add(new SnippetPart(text[words[i].Start..words[i].End], true));
            plainFrom = words[i].End;
        }
        if (end > plainFrom)
        {
            parts.Add(new SnippetPart(text[plainFrom..end], false));
        }
        if (last < words.Count - 1)
        {
            parts.Add(new SnippetPart("…", false));
        }
        return parts;
    }

    /// <summary>The start of the window of <paramref name="size"/> words with the most matches, shifted so the first match has a little context before it.</summary>
    private static int BestStart(bool[] hits, int size)
    {
        var count = hits.Take(size).Count(h => h);
        var best = 0;
        var bestCount = count;
        for (var start = 1; start + size <= hits.Length; start++)
        {
            count += (hits[start + size - 1] ? 1 : 0) - (hits[start - 1] ? 1 : 0);
            if (count > bestCount)
            {
                best = start;
                bestCount = count;
            }
        }
        if (bestCount == 0)
        {
            return 0;
        }
        return Math.Clamp(Array.IndexOf(hits, true, best) - ContextWords, 0, hits.Length - size);
    }
}
