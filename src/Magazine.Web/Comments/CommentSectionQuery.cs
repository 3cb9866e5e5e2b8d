using Magazine.Web.Hosting;

namespace Magazine.Web.Comments;

/// <summary>What the visitor asked of the comment form through the address: a reply target, or the notice after a held post.</summary>
public sealed record CommentFormRequest(int? ReplyTo = null, bool ShowHeldNotice = false, CommentForm? Form = null);

public sealed class CommentSectionQuery(CommentThreadQuery threads, SiteIdentityProvider site, TimeProvider clock)
{
    public async Task<CommentSectionViewModel> LoadAsync(
        int articleId, DateTime publishedAt, bool closedByEditor, CommentFormRequest request, CancellationToken cancellationToken)
    {
        var comments = await threads.LoadAsync(articleId, cancellationToken);
        var settings = await site.GetAsync(cancellationToken);
        var isOpen = !CommentPoster.CommentsAreClosed(closedByEditor, publishedAt, settings.CommentsCloseAfterDays, clock.GetUtcNow().UtcDateTime);
        var replyToId = request.Form?.ParentId ?? request.ReplyTo;
        var replyTo = replyToId is null
            ? null
            : comments.SelectMany(c => c.SelfAndDescendants()).FirstOrDefault(c => c.Id == replyToId && !c.IsRemoved);
        var form = request.Form ?? new CommentForm { ArticleId = articleId, ParentId = replyTo?.Id };
        var count = comments.SelectMany(c => c.SelfAndDescendants()).Count(c => !c.IsRemoved);
        return new CommentSectionViewModel(articleId, comments, count, isOpen, form, replyTo, request.ShowHeldNotice);
    }
}
