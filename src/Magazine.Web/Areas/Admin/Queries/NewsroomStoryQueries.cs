using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

/// <summary>
/// The newsroom's lists of stories: the dashboard and the story tabs. Writers see their own
/// stories only (by author id, so the author indexes serve the lists); editors see all.
/// </summary>
public sealed class NewsroomStoryQueries(MagazineDbContext db, SiteIdentityProvider site, TimeProvider clock)
{
    public const int PageSize = 30;
    private const int DashboardRows = 8;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<DashboardViewModel> DashboardAsync(Actor actor, CancellationToken cancellationToken)
    {
        var now = Now;
        var myAuthorId = await AuthorIdOfAsync(actor, cancellationToken);
        var visible = await VisibleToAsync(actor, cancellationToken);

        var myDrafts = await Rows(db.Articles.Where(a => a.AuthorId == myAuthorId && a.Status == ArticleStatus.Draft)
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id), DashboardRows, cancellationToken);
        var inReview = visible.Where(a => a.Status == ArticleStatus.InReview);
        var review = await Rows(inReview.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id), DashboardRows, cancellationToken);
        var reviewCount = await inReview.CountAsync(cancellationToken);
        var scheduled = await Rows(visible.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id), DashboardRows, cancellationToken);
        var published = await Rows(db.Articles.Published(now).NewestFirst(), DashboardRows, cancellationToken);

        var pending = db.Comments.Where(c => c.Status == CommentStatus.Pending && c.DeletedAt == null);
        var pendingCount = actor.IsEditor ? await pending.CountAsync(cancellationToken) : 0;
        var pendingRows = !actor.IsEditor ? [] : (await pending.AsNoTracking()
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(DashboardRows)
                .Select(c => new { c.Id, c.AuthorName, Body = c.BodyMarkdown.Substring(0, 300), c.ArticleId, c.PageId, Title = c.Article != null ? c.Article.Title : c.Page!.Title, c.CreatedAt })
                .ToListAsync(cancellationToken))
            .Select(c => new PendingCommentRow(c.Id, c.AuthorName, HtmlText.Excerpt(c.Body, 140),
                NewsroomUrls.To(c.ArticleId is { } articleId ? $"/stories/{articleId}" : $"/pages/{c.PageId}"), c.Title, c.CreatedAt))
            .ToList();

        return new DashboardViewModel(myDrafts, review, reviewCount, scheduled, published,
            actor.IsEditor, pendingCount, pendingRows, (await site.GetAsync(cancellationToken)).TimeZone);
    }

    /// <summary>One page of one tab, or null for a page past the end.</summary>
    public async Task<StoryListViewModel?> ListAsync(StoryList list, int page, Actor actor, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<StoryRow>.MaxPage)
        {
            return null;
        }
        var now = Now;
        var visible = await VisibleToAsync(actor, cancellationToken);
        IQueryable<Article> ordered = list switch
        {
            StoryList.Review => visible.Where(a => a.Status == ArticleStatus.InReview).OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
            StoryList.Scheduled => visible.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now).OrderBy(a => a.PublishedAt).ThenBy(a => a.Id),
            StoryList.Published => visible.Published(now).NewestFirst(),
            StoryList.Trash => visible.Where(a => a.Status == ArticleStatus.Trashed).OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
            _ => visible.Where(a => a.Status == ArticleStatus.Draft).OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
        };
        var rows = await Rows(ordered.Skip((page - 1) * PageSize), PageSize + 1, cancellationToken);
        if (rows.Count == 0 && page > 1)
        {
            return null;
        }
        return new StoryListViewModel(list, ListPage<StoryRow>.From(rows, PageSize, NewsroomUrls.To("/stories/" + list.ToString().ToLowerInvariant()), page),
            (await site.GetAsync(cancellationToken)).TimeZone, !actor.IsEditor);
    }

    private async Task<IQueryable<Article>> VisibleToAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsEditor)
        {
            return db.Articles;
        }
        var authorId = await AuthorIdOfAsync(actor, cancellationToken);
        return db.Articles.Where(a => a.AuthorId == authorId);
    }

    private async Task<int> AuthorIdOfAsync(Actor actor, CancellationToken cancellationToken) =>
        await db.Authors.Where(a => a.UserId == actor.UserId).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<List<StoryRow>> Rows(IQueryable<Article> stories, int count, CancellationToken cancellationToken)
    {
        var now = Now;
        return await stories.AsNoTracking().Take(count)
            .Select(a => new StoryRow(a.Id, a.Title, a.Language, a.Author.DisplayName, a.Category != null ? a.Category.Name : null,
                StoryStates.Of(a.Status, a.PublishedAt, now), a.PublishedAt, a.UpdatedAt,
                db.Articles.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.Language).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
