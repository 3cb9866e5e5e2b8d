using Magazine.Core.Data;
using Magazine.Core.Search;
using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Search on SQLite FTS5 (the index and its triggers: <see cref="ArticleSearchSchema"/>);
/// which matches readers see, and in what order: <see cref="SearchCandidates"/>.
/// </summary>
public sealed class SqliteFtsSearch(MagazineDbContext db, ILogger<SqliteFtsSearch> logger) : ISearchIndex
{
    public async Task<SearchPage> SearchAsync(SearchTerms terms, string language, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return SearchPage.Empty;
        }
        var match = await CheapestMatchAsync(terms, cancellationToken);
        // bm25 weighs a word in the headline above one in the tags, the standfirst and the body.
        // The LIMIT also keeps SQLite from flattening this into the join below: flattened, the
        // planner may walk the stories' index and run the full-text match once per story
        // (seconds for a common word); kept apart, the match runs once. The index is walked
        // newest first (rowid order, which FTS5 reads directly).
        var hits = db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0, 6.0) AS Rank
            FROM ArticleSearch WHERE ArticleSearch MATCH {match}
            ORDER BY rowid DESC LIMIT {SearchCandidates.RankedCandidates + 1}
            """);
        return await SearchCandidates.PageAsync(db, hits, language, nowUtc, skip, take, cancellationToken);
    }

    /// <summary>
    /// Each word also matches as the start of longer words, but FTS5 answers such a prefix by
    /// merging the lists of every word that starts so, whole, before it can walk them newest
    /// first, and bm25 merges them again to count them. For a common word that is most of a
    /// search's cost (10 ms against 3.6 ms for "market" in 100,000 stories). When the words
    /// matched whole already fill the ranked candidates, they are what is ranked: a reader
    /// gets the best of the newest stories that hold the words, as before, and a word typed in
    /// part, which is rarer whole, is still matched as a prefix. The test walks at most the
    /// candidates' count of rowids (0.3 ms for the same word).
    /// </summary>
    private async Task<string> CheapestMatchAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var whole = terms.ToFts5WholeWordsMatch();
        if (whole is null)
        {
            return terms.ToFts5Match();
        }
        var matchedWhole = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS Value FROM (
                SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {whole}
                ORDER BY rowid DESC LIMIT {SearchCandidates.RankedCandidates + 1})
            """).SingleAsync(cancellationToken);
        return matchedWhole > SearchCandidates.RankedCandidates ? whole : terms.ToFts5Match();
    }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        var present = await db.Database.SqlQueryRaw<int>(CountTriggers).SingleAsync(cancellationToken);
        if (present == ArticleSearchSchema.TriggerNames.Length)
        {
            return;
        }
        logger.LogWarning("The search index's triggers were missing ({Present} of {Expected}); recreating them and rebuilding the index",
            present, ArticleSearchSchema.TriggerNames.Length);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ArticleSearchSchema.CreateTable, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ArticleSearchSchema.DropTriggers, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ArticleSearchSchema.CreateTriggers, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ArticleSearchSchema.Rebuild, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static readonly string CountTriggers =
        "SELECT count(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND name IN ("
        + string.Join(", ", ArticleSearchSchema.TriggerNames.Select(n => $"'{n}'")) + ")";
}
