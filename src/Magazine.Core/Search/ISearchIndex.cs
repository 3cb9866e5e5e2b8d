namespace Magazine.Core.Search;

/// <summary>
/// Full-text search over stories: headline, standfirst, body text and tag names. The one
/// seam between the site and a database's search engine (SQLite FTS5 today; PostgreSQL
/// full-text search can stand behind it too). Only stories readers may see are returned.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Ids of published stories matching every word, best first, and whether more follow.</summary>
    Task<SearchPage> SearchAsync(SearchTerms terms, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken);

    /// <summary>At start: makes sure the index and whatever keeps it in step exist, rebuilding it if they did not.</summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);
}

public sealed record SearchPage(IReadOnlyList<int> Ids, bool HasMore);
