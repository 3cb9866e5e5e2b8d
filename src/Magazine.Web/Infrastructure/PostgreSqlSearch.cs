using Magazine.Core.Data;
using Magazine.Core.Search;
using Magazine.Migrations.PostgreSql.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Search on PostgreSQL full-text search (the index, its folding and its triggers:
/// <see cref="ArticleSearchSchema"/>); which matches readers see, and in what order:
/// <see cref="SearchCandidates"/>, as on SQLite.
/// </summary>
public sealed class PostgreSqlSearch(MagazineDbContext db, ILogger<PostgreSqlSearch> logger) : ISearchIndex
{
    /// <summary>
    /// ts_rank's weights for body (D), standfirst (C), tags (B) and headline (A): the same
    /// proportions as SQLite's bm25 weights (1, 4, 6, 10).
    /// </summary>
    private const string Weights = "{0.1, 0.4, 0.6, 1.0}";

    public async Task<SearchPage> SearchAsync(SearchTerms terms, string language, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return SearchPage.Empty;
        }
        var query = terms.ToTsQuery();
        // The GIN index finds the matches; they are walked newest first and capped as on
        // SQLite. ts_rank is higher for a better match, so it is negated (lower is better).
        var hits = db.Database.SqlQuery<SearchHit>($"""
            SELECT s."ArticleId" AS "Id", -ts_rank({Weights}::real[], s."Document", q)::double precision AS "Rank"
            FROM "ArticleSearch" s, to_tsquery('magazine', {query}) q
            WHERE s."Document" @@ q
            ORDER BY s."ArticleId" DESC LIMIT {SearchCandidates.RankedCandidates + 1}
            """);
        return await SearchCandidates.PageAsync(db, hits, language, nowUtc, skip, take, cancellationToken);
    }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (await CurrentVersionAsync(cancellationToken) == ArticleSearchSchema.Version)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Several instances may start at once: one builds, the others wait and then find it done.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ArticleSearchSchema.AdvisoryLock})", cancellationToken);
        if (await CurrentVersionAsync(cancellationToken) != ArticleSearchSchema.Version)
        {
            logger.LogWarning("Creating the search index ({Version}) and indexing every story", ArticleSearchSchema.Version);
            await ArticleSearchSchema.BuildAsync(db.Database, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<string> CurrentVersionAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(ArticleSearchSchema.ReadVersion).SingleAsync(cancellationToken);
}
