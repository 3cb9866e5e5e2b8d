using Magazine.Core.Data;
using Magazine.Web.Hosting;

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
