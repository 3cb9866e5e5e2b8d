using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// SQLite-only connection settings, kept in one named place so another provider simply
/// leaves this interceptor out. WAL lets readers run beside the one writer; the busy
/// timeout makes concurrent writers queue instead of failing; synchronous=FULL makes a
/// commit durable before it is acknowledged.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Journal mode is stored in the database file, so it is set once at start.</summary>
    public const string EnableWal = "PRAGMA journal_mode = WAL;";
}
