using System.Security.Claims;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Comments;

/// <summary>Takes a reader's comment: checks the story, the thread and the anti-spam rules, renders it once and stores it.</summary>
public sealed class CommentPoster(
    MagazineDbContext db,
    CommentRenderer renderer,
    CommentFormTimestamp timestamps,
    ISentCommentForms sentForms,
    SiteIdentityProvider site,
    ReplyNotifications replies,
    IOptions<MagazineOptions> options,
    TimeProvider clock)
{
    /// <summary>A comment with this many links waits for an editor whatever the policy.</summary>
    public const int LinksThatNeedModeration = 3;

    public async Task<PostCommentResult> PostAsync(CommentForm form, ClaimsPrincipal user, string clientHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await site.GetAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Published(now).Where(a => a.Id == form.ArticleId)
            .Select(a => new { a.Id, a.PublishedAt, a.Slug, a.CommentsClosed })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return new PostCommentResult.Refused(404, "That story does not exist or is not published.");
        }
        if (CommentsAreClosed(article.CommentsClosed, article.PublishedAt!.Value, settings.CommentsCloseAfterDays, now))
        {
            return new PostCommentResult.Refused(403, "Comments are closed on this story.");
        }
        var depth = 0;
        if (form.ParentId is { } parentId)
        {
            var parent = await db.Comments.AsNoTracking().Where(c => c.Id == parentId)
                .Select(c => new { c.ArticleId, c.Status, c.DeletedAt, c.Depth }).FirstOrDefaultAsync(cancellationToken);
            if (parent is null || parent.ArticleId != article.Id)
            {
                return new PostCommentResult.Refused(400, "The comment you replied to is not part of this story.");
            }
            if (parent.Status != CommentStatus.Approved || parent.DeletedAt is not null)
            {
                return new PostCommentResult.Refused(400, "The comment you replied to is not open for replies.");
            }
            depth = parent.Depth + 1;
        }
        if (!string.IsNullOrEmpty(form.Website))
        {
            return new PostCommentResult.Dropped(StoryUrls.Article(article.PublishedAt.Value, article.Slug));
        }
        var note = timestamps.Read(form.Shown);
        var age = clock.GetUtcNow() - note?.ShownAt;
        var lifetime = TimeSpan.FromHours(Math.Max(1, options.Value.Comments.FormLifetimeHours));
        if (note is null || age > lifetime)
        {
            return new PostCommentResult.Invalid("", "The form has expired. Please post your comment again.");
        }
        if (age < TimeSpan.FromSeconds(options.Value.Comments.MinimumSecondsBeforePosting))
        {
            return new PostCommentResult.Invalid("", "That was fast! Please take a moment, then post your comment again.");
        }

        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var account = userId is null ? null
            : await db.Users.Where(u => u.Id == userId).Select(u => new { Name = u.DisplayName ?? u.UserName, u.EmailConfirmed, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (account is { EmailConfirmed: false })
        {
            // An account's name is shown only once its owner has proved the address is theirs.
            return new PostCommentResult.Invalid("", UnconfirmedMessage);
        }
        var name = userId is null ? form.Name?.Trim() : account?.Name;
        if (string.IsNullOrEmpty(name))
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Name), "Please give a name to show with your comment.");
        }
        var notifyAddress = !form.NotifyReplies ? null : userId is null ? NormaliseEmail(form.Email) : account?.Email;
        if (form.NotifyReplies && notifyAddress is null)
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Email), "Give your e-mail address to be told of replies.");
        }
        var body = form.Body!.Trim();
        if (body.Length == 0)
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Body), "Please write a comment.");
        }
        if (ContentLimits.Problem(body, rawHtml: false, CommentForm.MaxBodyLength) is { } problem)
        {
            return new PostCommentResult.Invalid(nameof(CommentForm.Body), problem);
        }

        if (!sentForms.TryRemember(SentFormKey(note, clientHash, form, body), note.ShownAt + lifetime))
        {
            return new PostCommentResult.Invalid("", DuplicateMessage);
        }

        var comment = new Comment
        {
            ArticleId = article.Id,
            ParentId = form.ParentId,
            Depth = depth,
            AuthorName = name,
            AuthorEmail = userId is null ? NormaliseEmail(form.Email) : null,
            UserId = userId,
            BodyMarkdown = body,
            BodyHtml = renderer.Render(body),
            CreatedAt = now,
            ClientHash = clientHash,
        };
        comment.Status = await DecideStatusAsync(comment, settings.CommentModeration, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        if (comment.Status == CommentStatus.Approved)
        {
            await db.RecountCommentsAsync(article.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (notifyAddress is not null)
        {
            await replies.WatchAsync(comment, notifyAddress, confirmed: userId is not null, Edition.Current, cancellationToken);
        }
        if (comment.Status == CommentStatus.Approved && comment.ParentId is not null)
        {
            await replies.NotifyAsync([comment.Id], cancellationToken);
        }
        return new PostCommentResult.Stored(comment.Id, comment.Status != CommentStatus.Approved, StoryUrls.Article(article.PublishedAt.Value, article.Slug));
    }

    public const string UnconfirmedMessage = "Confirm your e-mail address first: follow the link in the message we sent when you registered (your e-mail settings, at /account/notices, send it again). Then your comments carry your name.";

    public const string DuplicateMessage = "This comment was already sent from this form. To post another, write it and send it again.";

    /// <summary>
    /// The same comment, from the same form and client. Not the note alone: a cached story
    /// page hands one note to every guest for minutes, and guests on a shared address (a
    /// mobile network, an office) would refuse each other. A robot gains nothing from the
    /// note either way (asking for the page gives it one); rate limits and moderation stop it.
    /// </summary>
    private static string SentFormKey(CommentFormNote note, string clientHash, CommentForm form, string body) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{note.ShownAt.UtcTicks}\n{note.Nonce}\n{clientHash}\n{form.ArticleId}\n{form.ParentId}\n{body}")));

    public static bool CommentsAreClosed(bool closedByEditor, DateTime publishedAt, int closeAfterDays, DateTime now) =>
        closedByEditor || (closeAfterDays > 0 && publishedAt.AddDays(closeAfterDays) < now);

    private async Task<CommentStatus> DecideStatusAsync(Comment comment, CommentModeration policy, CancellationToken cancellationToken)
    {
        if (CountLinks(comment.BodyHtml) >= LinksThatNeedModeration || policy == CommentModeration.All)
        {
            return CommentStatus.Pending;
        }
        if (policy == CommentModeration.None)
        {
            return CommentStatus.Approved;
        }
        // FirstTime: a commenter whose comment an editor has approved before is trusted.
        var approved = db.Comments.Where(c => c.Status == CommentStatus.Approved);
        var known = comment.UserId is { } userId
            ? await approved.AnyAsync(c => c.UserId == userId, cancellationToken)
            : comment.AuthorEmail is { } email
                ? await approved.AnyAsync(c => c.AuthorEmail == email, cancellationToken)
                : await approved.AnyAsync(c => c.UserId == null && c.ClientHash == comment.ClientHash && c.AuthorName == comment.AuthorName, cancellationToken);
        return known ? CommentStatus.Approved : CommentStatus.Pending;
    }

    private static int CountLinks(string html)
    {
        var count = 0;
        for (var i = html.IndexOf("<a ", StringComparison.Ordinal); i >= 0; i = html.IndexOf("<a ", i + 3, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static string? NormaliseEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
