using System.Data.Common;
using Magazine.Core.Entities;
using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Hosting;

/// <summary>
/// Everything start asks of an up-to-date SQLite database, in one statement read with
/// plain ADO.NET: whether every migration is applied, the journal mode, the search index's
/// triggers, the settings row, the roles and whether there are stories. On such a
/// database (every start but the first and the first after an upgrade) start needs
/// nothing more, and the first reader is not kept waiting while EF Core compiles a
/// query for each check. Any other answer, or a database too new or too old for the
/// statement, sends start down the full path, which puts everything right.
/// </summary>
public static class SqliteStartState
{
    private static string Statement(IReadOnlyList<string> migrations) => $"""
        SELECT
          (SELECT count(*) FROM __EFMigrationsHistory WHERE MigrationId IN ({Quoted(migrations)})),
          (SELECT journal_mode FROM pragma_journal_mode),
          (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({Quoted(ArticleSearchSchema.TriggerNames)})),
          EXISTS (SELECT 1 FROM SiteSettings),
          (SELECT count(*) FROM AspNetRoles WHERE NormalizedName IN ({Quoted(Roles.All.Select(r => r.ToUpperInvariant()))})),
          EXISTS (SELECT 1 FROM Articles)
        """;

    /// <summary>Whether start has nothing to do: <paramref name="needStories"/> when the demo magazine would be seeded into an empty site.</summary>
    public static async Task<bool> IsCurrentAsync(DbContext db, bool needStories, CancellationToken cancellationToken)
    {
        // Every migration, not only the newest: work merged from branches made in parallel
        // can bring a migration older than one already applied.
        var migrations = db.Database.GetMigrations().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Statement(migrations);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }
            return reader.GetInt32(0) == migrations.Count
                && string.Equals(reader.GetString(1), "wal", StringComparison.OrdinalIgnoreCase)
                && reader.GetInt32(2) == ArticleSearchSchema.TriggerNames.Length
                && reader.GetBoolean(3)
                && reader.GetInt32(4) == Roles.All.Count
                && (reader.GetBoolean(5) || !needStories);
        }
        catch (DbException)
        {
            // A new database has none of these tables yet.
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
