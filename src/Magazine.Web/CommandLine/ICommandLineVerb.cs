namespace Magazine.Web.CommandLine;

/// <summary>
/// A task run from the command line on the same executable as the site
/// (`dotnet Magazine.Web.dll VERB ...`): it does its work against the configured data
/// folder and exits without starting the server.
/// </summary>
public interface ICommandLineVerb
{
    string Name { get; }

    /// <summary>One line: the verb's arguments, shown by `help` and on a usage error.</summary>
    string Usage { get; }

    /// <returns>The process exit code: 0 on success.</returns>
    Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken);
}
