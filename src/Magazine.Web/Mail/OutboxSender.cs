using MailKit.Net.Smtp;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Magazine.Web.Mail;

/// <summary>
/// Sends what the outbox holds, in the background. A failed message waits twice as long
/// before each new attempt and is given up after <see cref="MailOptions.MaxAttempts"/>; a
/// server that cannot be reached stops the round, so one outage does not spend every
/// message's attempts at once.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    OutboxSignal signal,
    IOptions<MailOptions> options,
    PublicOrigin origin,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan ClaimHold = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round waits too, for a message or an interval: a site that has just
        // started serves its first readers before it reads what was left from before.
        while (await WaitAsync(stoppingToken))
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The outbox could not be read; trying again at the next round.");
            }
        }
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds)), stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <returns>How many messages were due in this round.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var site = await scope.ServiceProvider.GetRequiredService<SiteIdentityProvider>().GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var from = Sender(site.Name);
        foreach (var row in due)
        {
            if (!await ClaimAsync(db, row, cancellationToken))
            {
                continue;
            }
            var reachable = await TrySendAsync(row, from, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (!reachable)
            {
                return 0;
            }
        }
        return due.Count;
    }

    /// <summary>
    /// Moves the message's next attempt past the time a send can take, provided no other
    /// instance's sender did so first: of several instances reading the same due messages,
    /// one sends each. If this instance stops mid-send the message is due again after the hold.
    /// </summary>
    private async Task<bool> ClaimAsync(MagazineDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var seen = row.NextAttemptAt;
        var hold = clock.GetUtcNow().UtcDateTime + ClaimHold;
        return await db.OutboxMessages
            .Where(m => m.Id == row.Id && m.SentAt == null && m.FailedAt == null && m.NextAttemptAt == seen)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, hold), cancellationToken) == 1;
    }

    /// <returns>False when the server could not be reached: the rest of the round waits.</returns>
    private async Task<bool> TrySendAsync(OutboxMessage row, MailboxAddress from, CancellationToken cancellationToken)
    {
        row.Attempts++;
        try
        {
            await transport.SendAsync(MessageBuilder.Build(row, from), cancellationToken);
            row.SentAt = clock.GetUtcNow().UtcDateTime;
            row.LastError = null;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            row.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
            if (row.Attempts >= Math.Max(1, options.Value.MaxAttempts) || error is ParseException)
            {
                row.FailedAt = now;
                logger.LogWarning("Message {Id} given up after {Attempts} attempts: {Error}", row.Id, row.Attempts, row.LastError);
            }
            else
            {
                row.NextAttemptAt = now + TimeSpan.FromSeconds(options.Value.FirstRetrySeconds * Math.Pow(2, Math.Min(row.Attempts - 1, 16)));
                logger.LogInformation("Message {Id} not sent (attempt {Attempts}), next try at {Next:o}: {Error}", row.Id, row.Attempts, row.NextAttemptAt, row.LastError);
            }
            // A refusal of this one message (a bad recipient) lets the round go on; anything else is the server.
            return error is SmtpCommandException or ParseException;
        }
    }

    private MailboxAddress Sender(string siteName)
    {
        var smtp = options.Value.Smtp;
        var address = string.IsNullOrWhiteSpace(smtp.From) ? $"noreply@{origin.Configured?.IdnHost ?? "localhost"}" : smtp.From.Trim();
        return new MailboxAddress(string.IsNullOrWhiteSpace(smtp.FromName) ? siteName : smtp.FromName, address);
    }
}
