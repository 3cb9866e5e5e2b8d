using Magazine.Core.Data;
using Magazine.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// What both engines' searches do with the engine's matches: the index holds every story,
/// and who may see one is decided here by joining back to Articles through the readers'
/// one visibility rule, so a scheduled story becomes findable at its time and an
/// unpublished one stops being found at once. Then the reader's language first, best rank
/// first (lower is better), newest first.
/// </summary>
public static class SearchCandidates
{
    /// <summary>
    /// How many of the newest matching stories are ranked and counted. A common word
    /// matches most of the archive, and scoring all of it costs time that grows with the
    /// archive; a reader searching a news site wants the best of the recent matches, so the
    /// match walks the index newest first and stops here. A word rarer than this is ranked
    /// and counted across the whole archive; for a commoner one the page says "more than".
    /// The engine's query returns one more than this, which tells whether counting stopped.
    /// </summary>
    public const int RankedCandidates = 1000;

    public static async Task<SearchPage> PageAsync(MagazineDbContext db, IQueryable<SearchHit> hits, string language, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken)
    {
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

    private sealed record Candidate(int Id, double Rank, DateTime? PublishedAt, string? Language);
}

/// <summary>One match from an engine's index: the story's id and its rank, lower is better.</summary>
public sealed class SearchHit
{
    public int Id { get; init; }
    public double Rank { get; init; }
}
