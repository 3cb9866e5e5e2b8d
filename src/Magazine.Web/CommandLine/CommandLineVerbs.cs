using Magazine.Web.Hosting;

namespace Magazine.Web.CommandLine;

public static class CommandLineVerbs
{
    /// <summary>Whether the process was started to run a verb rather than to serve the site.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=');

    /// <summary>Builds the app's services (configuration, data folder, database) and runs the named verb.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // Options after the verb belong to the verb, not to the host's configuration.
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMagazine();
        await using var app = builder.Build();
        await app.InitialiseDatabaseAsync(seedDemo: false);
        using var scope = app.Services.CreateScope();
        return await RunAsync(args, scope.ServiceProvider, VerbConsole.System, CancellationToken.None);
    }

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, VerbConsole console, CancellationToken cancellationToken)
    {
        var verbs = services.GetServices<ICommandLineVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            console.Error.WriteLine(args[0] is "help" or "--help" ? "Commands:" : $"error: unknown command '{args[0]}'. Commands:");
            foreach (var v in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                console.Error.WriteLine($"  {v.Name} {v.Usage}");
            }
            return args[0] == "help" ? 0 : 2;
        }
        return await verb.RunAsync(new VerbArguments(args.Skip(1)), console, cancellationToken);
    }
}
