using Magazine.Core.Data;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Mail;

/// <summary>
/// Queues messages: renders them and stores them as outbox rows in the caller's unit of
/// work, then wakes the sender. Nothing here talks to a mail server.
/// </summary>
public sealed class Outbox(MagazineDbContext db, MailComposer composer, SiteIdentityProvider site, OutboxSignal signal)
{
    public async Task QueueAsync(IEnumerable<MailContent> messages, CancellationToken cancellationToken)
    {
        var siteName = (await site.GetAsync(cancellationToken)).Name;
        db.OutboxMessages.AddRange(messages.Select(m => composer.Compose(m, siteName)));
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }

    public Task QueueAsync(MailContent message, CancellationToken cancellationToken) => QueueAsync([message], cancellationToken);

    /// <summary>
    /// An address leaves the newsletter: its newsletter messages still waiting are not sent,
    /// and those already sent keep only their counts for the send log, not the address.
    /// </summary>
    public async Task ForgetNewsletterAddressAsync(string email, CancellationToken cancellationToken)
    {
        await db.OutboxMessages.Where(m => m.To == email && m.NewsletterSendId != null && m.SentAt == null && m.FailedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.To == email)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.To, "").SetProperty(x => x.TextBody, "").SetProperty(x => x.HtmlBody, "").SetProperty(x => x.UnsubscribeUrl, (string?)null), cancellationToken);
    }

    /// <summary>Sent or given-up messages older than the retention keep their counts, not their address or text.</summary>
    public Task<int> ForgetOldMessagesAsync(DateTime before, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.To != "" && ((m.SentAt != null && m.SentAt < before) || (m.FailedAt != null && m.FailedAt < before)))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.To, "").SetProperty(x => x.TextBody, "").SetProperty(x => x.HtmlBody, "").SetProperty(x => x.UnsubscribeUrl, (string?)null), cancellationToken);
}

/// <summary>Wakes the outbox sender when a message is queued, so it need not poll often.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Wake()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one wake-up covers every message queued before it is taken.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
