namespace Magazine.Core.Search;

/// <summary>
/// Full-text search over stories: headline, standfirst, body text and tag names. The one
/// seam between the site and a database's search engine (SQLite FTS5 today; PostgreSQL
/// full-text search can stand behind it too). Only stories readers may see are returned.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Ids of published stories matching every word: those in <paramref name="language"/>
    /// (the reader's edition) first, each group best first; whether more follow, and how
    /// many matched.
    /// </summary>
    Task<SearchPage> SearchAsync(SearchTerms terms, string language, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken);

    /// <summary>At start: makes sure the index and whatever keeps it in step exist, rebuilding it if they did not.</summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);
}

/// <param name="Ids">The page of results.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="Count">How many stories matched; with <paramref name="CountIsAtLeast"/>, at least that many (an engine may stop counting a very common word).</param>
/// <param name="CountInLanguage">How many of them are in the reader's edition's language.</param>
/// <param name="CountIsAtLeast">Whether counting stopped before the end.</param>
public sealed record SearchPage(IReadOnlyList<int> Ids, bool HasMore, int Count, int CountInLanguage, bool CountIsAtLeast)
{
    public static readonly SearchPage Empty = new([], false, 0, 0, false);
}
