using Microsoft.Extensions.Options;

namespace Magazine.Web.Hosting;

/// <summary>
/// Holds background work that can wait (mail, digests) until a few seconds after the server
/// listens. At start every first query is compiled and every first method turned into
/// machine code; on a two-core machine that work, done for the mail round, would take a
/// core from the first readers' pages.
/// </summary>
public sealed class BackgroundStart(IHostApplicationLifetime lifetime, IOptions<MagazineOptions> options)
{
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (cancellationToken.Register(() => started.TrySetCanceled(cancellationToken)))
        {
            await started.Task;
        }
        // Real seconds, not the site's clock: the wait is for the machine, not for the calendar.
        var delay = TimeSpan.FromSeconds(options.Value.BackgroundWorkDelaySeconds);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }
    }
}
