using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Readership;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

/// <summary>The newsroom's page of a story after publication: every note (removed ones with who and when), live updates, views by day.</summary>
public sealed class FollowUpQueries(MagazineDbContext db, StoryReadership readership)
{
    public const int Days = 30;

    public async Task<FollowUpViewModel?> FindAsync(int id, NoteForm? note, LiveUpdateForm? update, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Title, a.Language, a.Status, a.PublishedAt, a.Slug, a.LiveSince })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }
        var notes = await db.StoryNotes.AsNoTracking().Where(n => n.ArticleId == id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.Kind, n.BodyHtml, n.CreatedAt, n.CreatedByName, n.RemovedAt, n.RemovedByName))
            .ToListAsync(cancellationToken);
        var updates = await db.LiveUpdates.AsNoTracking().Where(u => u.ArticleId == id)
            .OrderByDescending(u => u.PostedAt).ThenByDescending(u => u.Id)
            .Select(u => new LiveUpdateRow(u.Id, u.BodyHtml, u.PostedAt, u.PostedByName))
            .ToListAsync(cancellationToken);
        var url = story is { Status: ArticleStatus.Published, PublishedAt: { } at }
            ? StoryUrls.Article(at, story.Slug, Edition.ForLanguage(story.Language))
            : null;
        return new FollowUpViewModel(
            story.Id, story.Title, story.Language, url, story.LiveSince, notes, updates,
            await readership.ByDayAsync(id, Days, cancellationToken),
            note ?? new NoteForm(), update ?? new LiveUpdateForm());
    }
}
