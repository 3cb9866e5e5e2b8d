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

    /// <summary>One page of one tab, narrowed by the filters and sorted by last change; null for a page past the end.</summary>
    public async Task<StoryListViewModel?> ListAsync(StoryList list, StoryListFilter filter, int page, Actor actor, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<StoryRow>.MaxPage)
        {
            return null;
        }
        var now = Now;
        var identity = await site.GetAsync(cancellationToken);
        var myAuthorId = await AuthorIdOfAsync(actor, cancellationToken);
        var found = Filtered(actor.IsEditor ? db.Articles : db.Articles.Where(a => a.AuthorId == myAuthorId), filter, identity.TimeZone);
        var tab = list switch
        {
            StoryList.Mine => found.Where(a => a.AuthorId == myAuthorId && a.Status != ArticleStatus.Trashed),
            StoryList.Drafts => found.Where(a => a.Status == ArticleStatus.Draft),
            StoryList.Review => found.Where(a => a.Status == ArticleStatus.InReview),
            StoryList.Scheduled => found.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now),
            StoryList.Published => found.Published(now),
            StoryList.Trash => found.Where(a => a.Status == ArticleStatus.Trashed),
            _ => found.Where(a => a.Status != ArticleStatus.Trashed),
        };
        var rows = await Rows(tab.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize), PageSize + 1, cancellationToken);
        if (rows.Count == 0 && page > 1)
        {
            return null;
        }
        var basePath = NewsroomUrls.To("/stories/" + list.ToString().ToLowerInvariant()) + filter.QueryString;
        var authors = !actor.IsEditor ? [] : await db.Authors.AsNoTracking()
            .Where(au => db.Articles.Any(a => a.AuthorId == au.Id)).OrderBy(au => au.DisplayName)
            .Select(au => new AuthorChoice(au.Id, au.DisplayName)).ToListAsync(cancellationToken);
        return new StoryListViewModel(list, filter, ListPage<StoryRow>.From(rows, PageSize, basePath, page),
            await CountsAsync(found, myAuthorId, cancellationToken), authors, identity.Sections, identity.TimeZone, !actor.IsEditor);
    }

    /// <summary>Every tab's count under the same filters, in one grouped query and one for the person's own.</summary>
    private async Task<Dictionary<StoryList, int>> CountsAsync(IQueryable<Article> found, int myAuthorId, CancellationToken cancellationToken)
    {
        var now = Now;
        var groups = await found.GroupBy(a => new { a.Status, Future = a.PublishedAt > now })
            .Select(g => new { g.Key.Status, g.Key.Future, Count = g.Count() }).ToListAsync(cancellationToken);
        int Sum(Func<ArticleStatus, bool, bool> which) => groups.Where(g => which(g.Status, g.Future)).Sum(g => g.Count);
        return new Dictionary<StoryList, int>
        {
            [StoryList.All] = Sum((status, _) => status != ArticleStatus.Trashed),
            [StoryList.Mine] = await found.CountAsync(a => a.AuthorId == myAuthorId && a.Status != ArticleStatus.Trashed, cancellationToken),
            [StoryList.Drafts] = Sum((status, _) => status == ArticleStatus.Draft),
            [StoryList.Review] = Sum((status, _) => status == ArticleStatus.InReview),
            [StoryList.Scheduled] = Sum((status, future) => status == ArticleStatus.Published && future),
            [StoryList.Published] = Sum((status, future) => status == ArticleStatus.Published && !future),
            [StoryList.Trash] = Sum((status, _) => status == ArticleStatus.Trashed),
        };
    }

    /// <summary>
    /// Headline, standfirst and text searched with LIKE (case-insensitive for Latin letters;
    /// Arabic has no case): the newsroom's own stories, drafts included, which the reader
    /// search index does not hold.
    /// </summary>
    private static IQueryable<Article> Filtered(IQueryable<Article> stories, StoryListFilter filter, TimeZoneInfo zone)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Both sides lower-cased: SQLite's LIKE ignores Latin case by itself, PostgreSQL's does not.
            var pattern = "%" + filter.Q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            stories = stories.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern, "\\")
                || (a.Dek != null && EF.Functions.Like(a.Dek.ToLower(), pattern, "\\"))
                || EF.Functions.Like(a.BodyText.ToLower(), pattern, "\\"));
        }
        if (filter.Author is { } author)
        {
            stories = stories.Where(a => a.AuthorId == author);
        }
        if (filter.Section is { } section)
        {
            stories = stories.Where(a => a.CategoryId == section);
        }
        if (!string.IsNullOrEmpty(filter.Language))
        {
            stories = stories.Where(a => a.Language == filter.Language);
        }
        if (filter.From is { } from)
        {
            var since = StartOf(from, zone);
            stories = stories.Where(a => a.UpdatedAt >= since);
        }
        // The calendar's last day has no next day to end before: it bounds nothing.
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var before = StartOf(to.AddDays(1), zone);
            stories = stories.Where(a => a.UpdatedAt < before);
        }
        return stories;
    }

    /// <summary>A day's first instant in the site's zone (an hour on where the clocks skip midnight).</summary>
    private static DateTime StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return (zone.IsInvalidTime(local) ? local.AddHours(1) : local).FromSiteTime(zone);
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
