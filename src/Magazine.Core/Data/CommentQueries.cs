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
    /// moderation, import). Called inside the caller's transaction, with the comment saved.
    /// </summary>
    public static async Task RecountCommentsAsync(this MagazineDbContext db, int articleId, CancellationToken cancellationToken = default)
    {
        var story = db.Articles.Where(a => a.Id == articleId);
        // The story's row is locked by a statement of its own first. Under PostgreSQL's read
        // committed, a count that waited for another recount's lock would write what its
        // statement saw before the wait, without the comment the other just committed; a
        // count begun once the lock is held sees it.
        await story.ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentCount, a => a.CommentCount), cancellationToken);
        await story.ExecuteUpdateAsync(
            s => s.SetProperty(a => a.CommentCount, a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved && c.DeletedAt == null)),
            cancellationToken);
    }
}
