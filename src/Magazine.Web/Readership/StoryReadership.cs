using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Readership;

/// <summary>A story's human views by day (UTC), for the newsroom.</summary>
public sealed class StoryReadership(MagazineDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DailyViews>> ByDayAsync(int storyId, int days, CancellationToken cancellationToken)
    {
        var today = StoryViewCount.HourOf(clock.GetUtcNow()) / 24;
        var since = (today - days + 1) * 24;
        var counted = await db.StoryViewCounts.AsNoTracking()
            .Where(v => v.ArticleId == storyId && v.Hour >= since)
            .GroupBy(v => v.Hour / 24)
            .Select(g => new { Day = g.Key, Views = g.Sum(v => v.Views) })
            .ToDictionaryAsync(d => d.Day, d => d.Views, cancellationToken);
        return Enumerable.Range(0, days).Select(i => today - i)
            .Select(day => new DailyViews(DateOnly.FromDateTime(StoryViewCount.StartOf(day * 24)), counted.GetValueOrDefault(day)))
            .ToList();
    }
}

public sealed record DailyViews(DateOnly Day, int Views);
