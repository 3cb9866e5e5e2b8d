using Magazine.Core.Data;
using Magazine.Web.SiteTransfer.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Magazine.Web.CommandLine.Verbs;

/// <summary>Moves a site from its SQLite file to PostgreSQL (docs/operations.md, "Moving from SQLite").</summary>
public sealed class CopyToPostgreSqlVerb(MagazineDbContext db, SqliteToPostgreSqlCopy copy) : ICommandLineVerb
{
    public string Name => "copy-to-postgresql";
    public string Usage => "--to \"Host=...;Database=...;Username=...\"   (copies this SQLite site into an empty PostgreSQL database; the SQLite file is not changed)";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(args["to"]))
        {
            return console.Fail($"usage: copy-to-postgresql {Usage}", 2);
        }
        if (!db.Database.IsSqlite())
        {
            return console.Fail("this site already runs on PostgreSQL; copy-to-postgresql reads a SQLite site (run it with Magazine:Database:Provider=Sqlite).");
        }
        try
        {
            _ = new NpgsqlConnectionStringBuilder(args["to"]);
        }
        catch (ArgumentException e)
        {
            return console.Fail($"--to is not a PostgreSQL connection string: {e.Message}", 2);
        }
        IReadOnlyList<SqliteToPostgreSqlCopy.TableCount> counts;
        try
        {
            counts = await copy.CopyAsync(db.Database.GetConnectionString()!, args["to"]!, cancellationToken);
        }
        catch (SqliteToPostgreSqlCopy.CopyRefusedException e)
        {
            return console.Fail(e.Message);
        }
        catch (Exception e) when (e is NpgsqlException or DbUpdateException or InvalidOperationException)
        {
            return console.Fail($"the copy failed and nothing was kept: {e.GetBaseException().Message}");
        }
        foreach (var count in counts)
        {
            console.Out.WriteLine($"  {count.Table,-32} {count.Target,10:N0}");
        }
        console.Out.WriteLine($"Copied {counts.Count} tables; every count matches the SQLite site. "
            + "Point the site at PostgreSQL (Magazine:Database:Provider=PostgreSql, ConnectionStrings:Magazine) and restart it.");
        return 0;
    }
}
