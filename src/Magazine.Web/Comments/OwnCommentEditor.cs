using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Comments;

/// <summary>A signed-in reader's second thoughts: edit or delete their own comment for a short while after posting.</summary>
public sealed class OwnCommentEditor(MagazineDbContext db, CommentRenderer renderer, IOptions<MagazineOptions> options, TimeProvider clock)
{
    public async Task<PostCommentResult> EditAsync(int commentId, string userId, string? body, CancellationToken cancellationToken)
    {
        var (comment, refusal) = await FindEditableAsync(commentId, userId, cancellationToken);
        if (comment is null)
        {
            return refusal!;
        }
        var text = body?.Trim() ?? "";
        if (text.Length is 0 or > CommentForm.MaxBodyLength)
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Body), $"A comment needs 1 to {CommentForm.MaxBodyLength} characters.");
        }
        if (ContentLimits.Problem(text, rawHtml: false, CommentForm.MaxBodyLength) is { } problem)
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Body), problem);
        }
        comment.BodyMarkdown = text;
        comment.BodyHtml = renderer.Render(text);
        comment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new PostCommentResult.Stored(comment.Id, comment.Status != Core.Entities.CommentStatus.Approved, await ArticleUrlAsync(comment.ArticleId!.Value, cancellationToken));
    }

    public async Task<PostCommentResult> DeleteAsync(int commentId, string userId, CancellationToken cancellationToken)
    {
        var (comment, refusal) = await FindEditableAsync(commentId, userId, cancellationToken);
        if (comment is null)
        {
            return refusal!;
        }
        comment.DeletedAt = clock.GetUtcNow().UtcDateTime;
        // One transaction: the reader cache is evicted once both the comment and its story's count have changed.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.RecountCommentsAsync(comment.ArticleId!.Value, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new PostCommentResult.Stored(comment.Id, false, await ArticleUrlAsync(comment.ArticleId.Value, cancellationToken));
    }

    private async Task<string> ArticleUrlAsync(int articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.PublishedAt, a.Slug }).FirstAsync(cancellationToken);
        return StoryUrls.Article(article.PublishedAt ?? DateTime.UnixEpoch, article.Slug);
    }

    private async Task<(Core.Entities.Comment?, PostCommentResult.Refused?)> FindEditableAsync(int commentId, string userId, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.DeletedAt == null && c.ArticleId != null, cancellationToken);
        if (comment is null || comment.UserId != userId)
        {
            return (null, new PostCommentResult.Refused(404, "There is no such comment of yours."));
        }
        if (clock.GetUtcNow().UtcDateTime - comment.CreatedAt > TimeSpan.FromMinutes(options.Value.Comments.OwnerEditMinutes))
        {
            return (null, new PostCommentResult.Refused(409, $"A comment can be changed only in the first {options.Value.Comments.OwnerEditMinutes} minutes after posting."));
        }
        return (comment, null);
    }
}
