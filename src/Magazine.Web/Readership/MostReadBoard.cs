using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Editions;
using Magazine.Web.Hosting;
using Magazine.Web.Queries;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Readership;

/// <summary>
/// Each edition's most-read stories of the last 24 hours and 7 days, kept in memory and read
/// again about once a minute by <see cref="MostReadRefresher"/>. Pages read the lists from
/// here, so showing them costs no statement and a new count evicts no cached page. The lists
/// are first read when a reader asks for them (<see cref="GetAsync"/>), never at start.
/// </summary>
public sealed class MostReadBoard(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReadershipOptions> options, IOptions<MagazineOptions> site)
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile IReadOnlyDictionary<string, MostReadLists>? _lists;

    /// <summary>Whether the lists have been read once; until then the refresher leaves the database alone.</summary>
    public bool IsLoaded => _lists is not null;

    /// <summary>The edition's lists as last read, or null before the first read.</summary>
    public MostReadLists? Current(Edition edition) => _lists?.GetValueOrDefault(edition.Language);

    public async Task<MostReadLists> GetAsync(Edition edition, CancellationToken cancellationToken)
    {
        if (_lists is null)
        {
            await RefreshAsync(cancellationToken);
        }
        return Current(edition)!;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
            var now = clock.GetUtcNow();
            var lists = new Dictionary<string, MostReadLists>();
            foreach (var edition in Edition.All)
            {
                lists[edition.Language] = new MostReadLists(
                    await ReadAsync(db, edition, now, Day, cancellationToken),
                    await ReadAsync(db, edition, now, Week, cancellationToken));
            }
            _lists = lists;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<IReadOnlyList<MostReadStory>> ReadAsync(
        MagazineDbContext db, Edition edition, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        // The hour now counting is in, plus the whole hours before it that fit the window.
        var since = StoryViewCount.HourOf(now - window) + 1;
        var nowUtc = now.UtcDateTime;
        var stories = db.Articles.AsNoTracking().Published(nowUtc).InEdition(db.Articles, nowUtc, site.Value.Editions, edition);
        var top = await db.StoryViewCounts.AsNoTracking()
            .Where(v => v.Hour >= since)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .Join(stories, v => v.ArticleId, a => a.Id, (v, a) => new { v.ArticleId, v.Views, a.PublishedAt })
            .OrderByDescending(v => v.Views).ThenByDescending(v => v.PublishedAt).ThenByDescending(v => v.ArticleId)
            .Take(Math.Max(1, options.Value.MostReadCount))
            .ToListAsync(cancellationToken);
        if (top.Count == 0)
        {
            return [];
        }
        var ids = top.Select(t => t.ArticleId).ToList();
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryProjections.Card).ToDictionaryAsync(c => c.Id, cancellationToken);
        return top.Where(t => cards.ContainsKey(t.ArticleId)).Select(t => new MostReadStory(cards[t.ArticleId], t.Views)).ToList();
    }
}

public sealed record MostReadLists(IReadOnlyList<MostReadStory> Day, IReadOnlyList<MostReadStory> Week)
{
    public bool IsEmpty => Day.Count == 0 && Week.Count == 0;
}

public sealed record MostReadStory(StoryCard Story, int Views);
