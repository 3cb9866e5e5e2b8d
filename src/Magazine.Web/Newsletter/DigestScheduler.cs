using Magazine.Web.Mail;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Newsletter;

/// <summary>Looks for due digests at the outbox's pace, in the background; the digests then go out through the outbox like any message.</summary>
public sealed class DigestScheduler(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round waits an interval too: a site that has just started serves its first
        // readers before it looks for work that can wait a poll.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<NewsletterMailer>().QueueDueDigestsAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "Digests could not be queued; trying again at the next round.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
