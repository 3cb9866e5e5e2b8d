using Magazine.Web.Infrastructure;

namespace Magazine.Web.CommandLine.Verbs;

public sealed class BackupVerb(IDatabaseBackup backup) : ICommandLineVerb
{
    public string Name => "backup";
    public string Usage => "--out FILE   (a consistent copy of the database, safe while the site runs)";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(args["out"]))
        {
            return console.Fail($"usage: backup {Usage}", 2);
        }
        try
        {
            await backup.WriteAsync(args["out"]!, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BackupException or System.Data.Common.DbException)
        {
            return console.Fail(e.Message);
        }
        console.Out.WriteLine($"Backup written to {Path.GetFullPath(args["out"]!)}");
        return 0;
    }
}
