using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Mail;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Newsletter;

/// <summary>A story as the newsletter shows it.</summary>
public sealed record NewsletterStory(int Id, string Title, string? Dek, string Slug, DateTime PublishedAt, string? HeroImageUrl, string? HeroImageAlt, string Language);

/// <summary>
/// The newsletter's sends: the digests that are due, and one story to everyone at once.
/// Each subscriber gets one message per edition they chose, in that edition's language and
/// direction, listing that edition's stories, with a one-click unsubscribe link.
/// </summary>
public sealed class NewsletterMailer(
    MagazineDbContext db,
    Outbox outbox,
    MailText text,
    MailLinks links,
    SignedLinks signed,
    IOptions<MailOptions> options,
    TimeProvider clock)
{
    public static TimeSpan PeriodOf(DigestFrequency frequency, MailOptions options) =>
        TimeSpan.FromHours(frequency == DigestFrequency.Weekly ? options.WeeklyDigestHours : options.DailyDigestHours);

    /// <summary>Queues every digest that is due; forgets pending sign-ups whose link has expired and old messages' addresses.</summary>
    /// <returns>How many messages were queued.</returns>
    public async Task<int> QueueDueDigestsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.NewsletterSubscribers
            .Where(s => s.ConfirmedAt == null && s.CreatedAt < now.AddDays(-options.Value.LinkLifetimeDays))
            .ExecuteDeleteAsync(cancellationToken);
        await outbox.ForgetOldMessagesAsync(now.AddDays(-options.Value.KeepSentDays), cancellationToken);
        var queued = 0;
        foreach (var frequency in Enum.GetValues<DigestFrequency>())
        {
            var dueBefore = now - PeriodOf(frequency, options.Value);
            var due = await db.NewsletterSubscribers
                .Where(s => s.ConfirmedAt != null && s.Frequency == frequency && s.LastDigestAt <= dueBefore)
                .OrderBy(s => s.Id).Take(1000)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                continue;
            }
            var since = due.Min(s => s.LastDigestAt!.Value);
            var stories = await StoriesAsync(db.Articles.AsNoTracking().Published(now).Where(a => a.PublishedAt > since), cancellationToken);
            var send = new NewsletterSend { Kind = NewsletterSendKind.Digest, Frequency = frequency, CreatedAt = now };
            var messages = new List<MailContent>();
            foreach (var subscriber in due)
            {
                foreach (var edition in EditionsOf(subscriber))
                {
                    var theirs = stories.Where(s => s.PublishedAt > subscriber.LastDigestAt && Edition.ForLanguage(s.Language) == edition).Take(30).ToList();
                    if (theirs.Count > 0)
                    {
                        messages.Add(Digest(subscriber, edition, frequency, theirs));
                    }
                }
                subscriber.LastDigestAt = now;
            }
            queued += await QueueSendAsync(send, messages, cancellationToken);
        }
        return queued;
    }

    /// <summary>One published story to every subscriber of its edition, now.</summary>
    /// <returns>The send, or null when the story is not live.</returns>
    public async Task<NewsletterSend?> SendBreakingAsync(int articleId, string sentBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var story = (await StoriesAsync(db.Articles.AsNoTracking().Published(now).Where(a => a.Id == articleId), cancellationToken)).FirstOrDefault();
        if (story is null)
        {
            return null;
        }
        var edition = Edition.ForLanguage(story.Language);
        var subscribers = await db.NewsletterSubscribers.AsNoTracking()
            .Where(s => s.ConfirmedAt != null && (edition == Edition.Arabic ? s.Arabic : s.English))
            .ToListAsync(cancellationToken);
        var send = new NewsletterSend { Kind = NewsletterSendKind.Breaking, ArticleId = story.Id, Title = story.Title, CreatedAt = now, SentBy = sentBy };
        var messages = subscribers.Select(s => Bulk(s, edition, L => L["Breaking: {0}", story.Title], L => [L["News just published:"]], [ToMail(story, edition)])).ToList();
        await QueueSendAsync(send, messages, cancellationToken);
        return send;
    }

    private async Task<int> QueueSendAsync(NewsletterSend send, List<MailContent> messages, CancellationToken cancellationToken)
    {
        db.NewsletterSends.Add(send);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.QueueAsync(messages.Select(m => m with { NewsletterSendId = send.Id }), cancellationToken);
        return messages.Count;
    }

    private static IEnumerable<Edition> EditionsOf(NewsletterSubscriber subscriber)
    {
        if (subscriber.English)
        {
            yield return Edition.English;
        }
        if (subscriber.Arabic)
        {
            yield return Edition.Arabic;
        }
    }

    private MailContent Digest(NewsletterSubscriber subscriber, Edition edition, DigestFrequency frequency, IReadOnlyList<NewsletterStory> stories) =>
        Bulk(subscriber, edition,
            L => frequency == DigestFrequency.Weekly ? L["Your weekly digest"] : L["Your daily digest"],
            L => [L.Plural(stories.Count, "{0} stories published since our last letter:")],
            stories.Select(s => ToMail(s, edition)).ToList());

    private MailContent Bulk(
        NewsletterSubscriber subscriber, Edition edition,
        Func<Microsoft.Extensions.Localization.IStringLocalizer, string> subject,
        Func<Microsoft.Extensions.Localization.IStringLocalizer, IReadOnlyList<string>> paragraphs,
        IReadOnlyList<MailStory> stories)
    {
        var unsubscribe = links.To(edition, "/newsletter/unsubscribe", NewsletterChoice.UnsubscribeToken(signed, subscriber.Id, subscriber.Email));
        return text.In(edition, L => new MailContent(subscriber.Email, edition, subject(L), paragraphs(L),
            Stories: stories,
            FooterNote: L["You receive this because you subscribed to our newsletter."],
            FooterLinks: [new MailAction(L["Unsubscribe"], unsubscribe), new MailAction(L["Change your choices"], links.To(edition, "/newsletter"))],
            UnsubscribeUrl: unsubscribe));
    }

    private MailStory ToMail(NewsletterStory story, Edition edition) =>
        new(story.Title, story.Dek, links.Absolute(StoryUrls.Article(story.PublishedAt, story.Slug, edition)),
            story.HeroImageUrl is { } image ? links.Absolute(image) : null, story.HeroImageAlt);

    private static Task<List<NewsletterStory>> StoriesAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(500)
            .Select(a => new NewsletterStory(a.Id, a.Title, a.Dek, a.Slug, a.PublishedAt!.Value, a.HeroImageUrl, a.HeroImageAlt, a.Language))
            .ToListAsync(cancellationToken);
}
