using Magazine.Core.Data;
using Magazine.Core.Search;
using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Search on SQLite FTS5 (the index and its triggers: <see cref="ArticleSearchSchema"/>).
/// The index holds every story; who may see one is decided here by joining back to
/// Articles through the readers' one visibility rule, so a scheduled story becomes
/// findable at its time and an unpublished one stops being found at once.
/// </summary>
public sealed class SqliteFtsSearch(MagazineDbContext db, ILogger<SqliteFtsSearch> logger) : ISearchIndex
{
    /// <summary>
    /// How many of the newest matching stories are ranked and counted. A common word
    /// matches most of the archive, and scoring all of it costs time that grows with the
    /// archive; a reader searching a news site wants the best of the recent matches, so the
    /// match walks the index newest first (rowid order, which FTS5 reads directly) and stops
    /// here. A word rarer than this is ranked and counted across the whole archive; for a
    /// commoner one the page says "more than".
    /// </summary>
    public const int RankedCandidates = 1000;

    public async Task<SearchPage> SearchAsync(SearchTerms terms, string language, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return SearchPage.Empty;
        }
        var match = terms.ToFts5Match();
        // bm25 weighs a word in the headline above one in the tags, the standfirst and the body.
        // The LIMIT also keeps SQLite from flattening this into the join below: flattened, the
        // planner may walk the stories' index and run the full-text match once per story
        // (seconds for a common word); kept apart, the match runs once. One candidate more
        // than the cap tells whether counting stopped.
        var hits = db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0, 6.0) AS Rank
            FROM ArticleSearch WHERE ArticleSearch MATCH {match}
            ORDER BY rowid DESC LIMIT {RankedCandidates + 1}
            """);
        // The candidates are few and small (an id, a rank, and a date and language when
        // readers may see the story), so they are ordered and counted here, in one statement.
        var candidates = await (
                from h in hits
                join a in db.Articles.Published(nowUtc) on h.Id equals a.Id into visibleStory
                from a in visibleStory.DefaultIfEmpty()
                select new Candidate(h.Id, h.Rank, a == null ? null : a.PublishedAt, a == null ? null : a.Language))
            .ToListAsync(cancellationToken);
        var stopped = candidates.Count > RankedCandidates;
        if (stopped)
        {
            candidates.Remove(candidates.MinBy(c => c.Id)!);
        }
        var visible = candidates.Where(c => c.Language is not null).ToList();
        var ordered = visible
            .OrderBy(c => c.Language == language ? 0 : 1)
            .ThenBy(c => c.Rank).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take + 1)
            .Select(c => c.Id)
            .ToList();
        var hasMore = ordered.Count > take;
        return new SearchPage(hasMore ? ordered[..take] : ordered, hasMore,
            visible.Count, visible.Count(c => c.Language == language), stopped);
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

    private sealed record Candidate(int Id, double Rank, DateTime? PublishedAt, string? Language);

    private sealed class SearchHit
    {
        public int Id { get; init; }
        public double Rank { get; init; }
    }
}
