using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

/// <summary>The moderation queue: comments by status, oldest waiting first.</summary>
public sealed class CommentQueueQueries(MagazineDbContext db)
{
    private const int PageSize = 30;

    public async Task<CommentQueueViewModel?> ListAsync(CommentStatus status, int page, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<QueuedComment>.MaxPage || !Enum.IsDefined(status))
        {
            return null;
        }
        var ordered = db.Comments.AsNoTracking().Where(c => c.Status == status && c.DeletedAt == null);
        // Waiting comments oldest first (fair to commenters); decided ones newest first.
        ordered = status == CommentStatus.Pending
            ? ordered.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : ordered.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var rows = await Project(ordered.Skip((page - 1) * PageSize).Take(PageSize + 1)).ToListAsync(cancellationToken);
        if (rows.Count == 0 && page > 1)
        {
            return null;
        }
        var counts = await db.Comments.AsNoTracking().Where(c => c.DeletedAt == null)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var path = NewsroomUrls.Comments(status.ToString().ToLowerInvariant());
        return new CommentQueueViewModel(status, ListPage<QueuedComment>.From(rows, PageSize, path, page), counts);
    }

    public Task<QueuedComment?> FindAsync(int id, CancellationToken cancellationToken) =>
        Project(db.Comments.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public Task<string?> MarkdownAsync(int id, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => c.BodyMarkdown).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<QueuedComment> Project(IQueryable<Comment> comments) =>
        comments.Select(c => new QueuedComment(
            c.Id, c.AuthorName, c.AuthorEmail, c.UserId != null, c.BodyHtml, c.CreatedAt, c.Status, c.DeletedAt != null, c.ParentId,
            c.Article != null ? c.Article.Title : c.Page!.Title,
            // A comment brought in under a standalone page points at that page.
            c.Article == null ? StoryUrls.Page(c.Page!.Slug)
                : c.Article.PublishedAt != null ? StoryUrls.Article(c.Article.PublishedAt.Value, c.Article.Slug) : NewsroomUrls.To("/stories/" + c.ArticleId)));
}
