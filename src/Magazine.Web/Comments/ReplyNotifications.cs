using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Mail;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Comments;

/// <summary>
/// Tells commenters of replies, when they asked to be told. An address is confirmed once, by
/// a link, before the first notification; every notification can stop those of its story or
/// all of them, with one click.
/// </summary>
public sealed class ReplyNotifications(
    MagazineDbContext db,
    Outbox outbox,
    MailText text,
    MailLinks links,
    SignedLinks signed,
    IOptions<MailOptions> options,
    TimeProvider clock)
{
    public const string ConfirmPurpose = "replies-confirm";
    public const string StopStoryPurpose = "replies-stop-story";
    public const string StopAllPurpose = "replies-stop-all";

    /// <summary>Records the wish to hear of replies to this comment; asks the address to confirm if it has not yet.</summary>
    /// <param name="confirmed">The address belongs to an account that has confirmed it already.</param>
    public async Task WatchAsync(Comment comment, string email, bool confirmed, Edition edition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        email = email.Trim().ToLowerInvariant();
        db.ReplyWatches.Add(new ReplyWatch { CommentId = comment.Id, ArticleId = comment.ArticleId!.Value, Email = email, CreatedAt = now });
        var address = await db.ReplyNotificationAddresses.FirstOrDefaultAsync(a => a.Email == email, cancellationToken);
        if (address is null)
        {
            address = new ReplyNotificationAddress { Email = email, CreatedAt = now, Language = edition.Language };
            db.ReplyNotificationAddresses.Add(address);
        }
        if (confirmed)
        {
            (address.ConfirmedAt, address.StoppedAt) = (address.ConfirmedAt ?? now, null);
        }
        else if (address.StoppedAt is not null)
        {
            // Stopped, then ticked again by whoever typed the address: its owner must say yes again.
            (address.ConfirmedAt, address.StoppedAt) = (null, null);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (address.ConfirmedAt is null)
        {
            var token = signed.Create(ConfirmPurpose, email, TimeSpan.FromDays(options.Value.LinkLifetimeDays));
            await outbox.QueueAsync(text.In(edition, L => new MailContent(email, edition, L["Confirm reply notifications"],
                [L["You asked to be told by e-mail when someone replies to your comment. Follow the link to confirm this address; until then we send nothing."],
                 L["If it was not you, ignore this message."]],
                new MailAction(L["Confirm notifications"], links.To(edition, "/comments/notifications/confirm", token)))), cancellationToken);
        }
    }

    /// <summary>Queues a notification to each confirmed watcher of the comments these replies answer (never to the replier).</summary>
    public async Task NotifyAsync(IReadOnlyCollection<int> replyIds, CancellationToken cancellationToken)
    {
        var replies = await db.Comments.AsNoTracking()
            .Where(c => replyIds.Contains(c.Id) && c.ParentId != null && c.ArticleId != null && c.Status == CommentStatus.Approved && c.DeletedAt == null)
            .Select(c => new
            {
                c.Id, c.ParentId, c.AuthorName, c.BodyMarkdown,
                ReplierEmail = c.UserId == null ? c.AuthorEmail : db.Users.Where(u => u.Id == c.UserId).Select(u => u.NormalizedEmail).FirstOrDefault(),
                Article = new { c.Article!.Id, c.Article.Title, c.Article.Slug, c.Article.PublishedAt },
            })
            .ToListAsync(cancellationToken);
        if (replies.Count == 0)
        {
            return;
        }
        var parentIds = replies.Select(r => r.ParentId!.Value).ToList();
        var watchers = await db.ReplyWatches.AsNoTracking()
            .Where(w => parentIds.Contains(w.CommentId))
            .Join(db.ReplyNotificationAddresses.Where(a => a.ConfirmedAt != null && a.StoppedAt == null), w => w.Email, a => a.Email, (w, a) => new { w.CommentId, w.Email, a.Language })
            .ToListAsync(cancellationToken);
        var messages = new List<MailContent>();
        foreach (var reply in replies)
        {
            foreach (var watcher in watchers.Where(w => w.CommentId == reply.ParentId).DistinctBy(w => w.Email))
            {
                if (string.Equals(watcher.Email, reply.ReplierEmail, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var edition = Edition.ForLanguage(watcher.Language);
                var url = links.Absolute(StoryUrls.Article(reply.Article.PublishedAt!.Value, reply.Article.Slug, edition)) + $"#comment-{reply.Id}";
                var stopStory = links.To(edition, "/comments/notifications/stop", signed.Create(StopStoryPurpose, $"{watcher.Email}\n{reply.Article.Id}"));
                var stopAll = links.To(edition, "/comments/notifications/stop", signed.Create(StopAllPurpose, watcher.Email));
                var excerpt = reply.BodyMarkdown.Length > 400 ? reply.BodyMarkdown[..400] + "…" : reply.BodyMarkdown;
                messages.Add(text.In(edition, L => new MailContent(watcher.Email, edition, L["{0} replied to your comment", reply.AuthorName],
                    [L["{0} replied to your comment on “{1}”:", reply.AuthorName, reply.Article.Title], excerpt],
                    new MailAction(L["Read the reply"], url),
                    FooterNote: L["You receive this because you asked to be told of replies to your comment."],
                    FooterLinks: [new MailAction(L["Stop notifications for this story"], stopStory), new MailAction(L["Stop all reply notifications"], stopAll)],
                    UnsubscribeUrl: stopAll)));
            }
        }
        if (messages.Count > 0)
        {
            await outbox.QueueAsync(messages, cancellationToken);
        }
    }

    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (signed.Read(ConfirmPurpose, token) is not { } email)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ReplyNotificationAddresses.Where(a => a.Email == email && a.ConfirmedAt == null)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.ConfirmedAt, now).SetProperty(x => x.StoppedAt, (DateTime?)null), cancellationToken);
        return true;
    }

    /// <summary>Stops one story's notifications (its watches are deleted) or all (the address is marked stopped and its watches deleted).</summary>
    public async Task<bool> StopAsync(string? token, CancellationToken cancellationToken)
    {
        if (signed.Read(StopAllPurpose, token) is { } email)
        {
            await db.ReplyWatches.Where(w => w.Email == email).ExecuteDeleteAsync(cancellationToken);
            await db.ReplyNotificationAddresses.Where(a => a.Email == email)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.StoppedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
            return true;
        }
        if (signed.Read(StopStoryPurpose, token)?.Split('\n') is [var address, var article] && int.TryParse(article, out var articleId))
        {
            await db.ReplyWatches.Where(w => w.Email == address && w.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
            return true;
        }
        return false;
    }

    /// <summary>Whether a stop token names one story (false: everything), for the page that asks before stopping.</summary>
    public bool StopsOneStory(string? token) => signed.Read(StopStoryPurpose, token) is not null;
}
