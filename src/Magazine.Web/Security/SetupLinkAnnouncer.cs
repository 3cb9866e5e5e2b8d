using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Magazine.Web.Security;

/// <summary>
/// At start, on a site without an administrator, writes the setup link to the log once
/// the server listens (so the link carries the real address). The command-line verbs
/// never start the host, so they never print it.
/// </summary>
public sealed partial class SetupLinkAnnouncer(
    IServiceScopeFactory scopes,
    FirstAdminSetup setup,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<SetupLinkAnnouncer> logger) : IHostedService
{
    /// <summary>
    /// The check runs once the server listens, beside the first requests rather than before
    /// them: it is a database query, and start is only as fast as its slowest step.
    /// </summary>
    private readonly TaskCompletionSource checkedSource = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once the check has run (and the link, if any, is in the log).</summary>
    public Task Checked => checkedSource.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (var scope = scopes.CreateScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<UserAccounts>().AnyAdministratorAsync(cancellationToken))
                {
                    return;
                }
            }
            var path = FirstAdminSetup.PathPrefix + setup.Issue();
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var links = addresses.Count == 0 ? [path] : addresses.Select(a => a.TrimEnd('/') + path);
            LogSetupLink(logger, string.Join("  ", links));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(logger, e);
        }
        catch (OperationCanceledException)
        {
            // Stopped before the check finished: there is nobody to tell.
        }
        finally
        {
            checkedSource.TrySetResult();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "This site has no administrator yet. Open this one-time link to create the first one: {Link}")]
    private static partial void LogSetupLink(ILogger logger, string link);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not check whether the site has an administrator; restart to see the setup link")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
