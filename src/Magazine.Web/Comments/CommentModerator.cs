using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Comments;

public enum ModerationAction
{
    Approve,
    Reject,
    Spam,
    Delete,
}

/// <summary>The editors' side of comments: approve, reject, mark as spam, edit and delete, one or many at a time.</summary>
public sealed class CommentModerator(MagazineDbContext db, CommentRenderer renderer, ReplyNotifications replies, TimeProvider clock)
{
    /// <returns>The stories whose visible comments changed.</returns>
    public async Task<IReadOnlyList<int>> ApplyAsync(IReadOnlyCollection<int> commentIds, ModerationAction action, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // Replies seen for the first time: approving one again must not tell its watchers twice.
        var newReplies = action == ModerationAction.Approve
            ? comments.Where(c => c.ParentId is not null && c.Status != CommentStatus.Approved).Select(c => c.Id).ToList()
            : [];
        foreach (var comment in comments)
        {
            switch (action)
            {
                case ModerationAction.Approve: comment.Status = CommentStatus.Approved; break;
                case ModerationAction.Reject: comment.Status = CommentStatus.Rejected; break;
                case ModerationAction.Spam: comment.Status = CommentStatus.Spam; break;
                case ModerationAction.Delete: comment.DeletedAt ??= now; break;
            }
        }
        var changed = await SaveAndRecountAsync(comments, cancellationToken);
        if (newReplies.Count > 0)
        {
            await replies.NotifyAsync(newReplies, cancellationToken);
        }
        return changed;
    }

    public async Task<IReadOnlyList<int>> EditAsync(int commentId, string body, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return [];
        }
        comment.BodyMarkdown = body.Trim();
        comment.BodyHtml = renderer.Render(comment.BodyMarkdown);
        comment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveAndRecountAsync([comment], cancellationToken);
    }

    private async Task<IReadOnlyList<int>> SaveAndRecountAsync(IReadOnlyCollection<Comment> comments, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Comments under pages (brought in by an import) have no story count to keep.
        var articles = comments.Where(c => c.ArticleId is not null).Select(c => c.ArticleId!.Value).Distinct().ToList();
        foreach (var articleId in articles)
        {
            await db.RecountCommentsAsync(articleId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return articles;
    }
}
