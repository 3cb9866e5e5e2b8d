using Magazine.Core.Data;
using Magazine.Web.Caching;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

/// <summary>A story's live updates, newest first: on its page and alone for the page's script.</summary>
public sealed class LiveUpdateQueries(MagazineDbContext db, TimeProvider clock, ReaderPageTags pageTags)
{
    /// <summary>The most a page shows; a day of breaking news rarely passes a hundred.</summary>
    public const int Shown = 300;

    public async Task<IReadOnlyList<LiveUpdateView>> ListAsync(int storyId, CancellationToken cancellationToken) =>
        await db.LiveUpdates.AsNoTracking().Where(u => u.ArticleId == storyId)
            .OrderByDescending(u => u.PostedAt).ThenByDescending(u => u.Id)
            .Select(u => new LiveUpdateView(u.Id, u.BodyHtml, u.BodyText, u.PostedAt))
            .Take(Shown)
            .ToListAsync(cancellationToken);

    /// <summary>The coverage of a published story, for the updates list alone; null when there is no such story.</summary>
    public async Task<LiveCoverage?> CoverageAsync(int storyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var story = await db.Articles.AsNoTracking().Published(now).Where(a => a.Id == storyId)
            .Select(a => new { a.LiveSince }).FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }
        pageTags.Stories([storyId]);
        return new LiveCoverage(storyId, story.LiveSince, await ListAsync(storyId, cancellationToken));
    }
}
