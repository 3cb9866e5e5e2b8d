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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<UserAccounts>().AnyAdministratorAsync(cancellationToken))
            {
                return;
            }
        }
        var path = FirstAdminSetup.PathPrefix + setup.Issue();
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var links = addresses.Count == 0 ? [path] : addresses.Select(a => a.TrimEnd('/') + path);
            LogSetupLink(logger, string.Join("  ", links));
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "This site has no administrator yet. Open this one-time link to create the first one: {Link}")]
    private static partial void LogSetupLink(ILogger logger, string link);
}
