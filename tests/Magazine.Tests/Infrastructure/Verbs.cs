using Magazine.Web.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Infrastructure;

public sealed record VerbResult(int ExitCode, string Output, string Error);

public static class Verbs
{
    /// <summary>Runs a command-line verb in-process against the app's data folder, as `dotnet Magazine.Web.dll ...` would.</summary>
    public static async Task<VerbResult> RunVerbAsync(this MagazineFactory app, params string[] args)
    {
        using var scope = app.Services.CreateScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLineVerbs.RunAsync(args, scope.ServiceProvider, new VerbConsole(output, error), CancellationToken.None);
        return new VerbResult(code, output.ToString(), error.ToString());
    }
}
