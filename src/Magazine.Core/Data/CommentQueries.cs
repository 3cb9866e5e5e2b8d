using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Core.Data;

public static class CommentQueries
{
    /// <summary>What readers may see: approved and not removed.</summary>
    public static IQueryable<Comment> Visible(this IQueryable<Comment> comments) =>
        comments.Where(c => c.Status == CommentStatus.Approved && c.DeletedAt == null);

    /// <summary>
    /// Recomputes a story's stored comment count from its comments. Counting rather than
    /// incrementing keeps the figure right whatever path changed a comment (posting,
    /// moderation, import), and it is one indexed statement.
    /// </summary>
    public static Task RecountCommentsAsync(this MagazineDbContext db, int articleId, CancellationToken cancellationToken = default) =>
        db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.CommentCount, a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved && c.DeletedAt == null)),
            cancellationToken);
}
