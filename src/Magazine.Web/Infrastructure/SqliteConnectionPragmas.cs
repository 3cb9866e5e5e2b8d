using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// SQLite-only connection settings, kept in one named place so another provider simply
/// leaves this interceptor out. WAL lets readers run beside the one writer; the busy
/// timeout makes concurrent writers queue instead of failing; synchronous=FULL makes a
/// commit durable before it is acknowledged.
/// These settings belong to the physical connection, which Microsoft.Data.Sqlite pools and
/// hands to many logical opens; they are sent once per physical connection (keyed by its
/// native handle) rather than as an extra statement on every open.
/// Each physical connection keeps its own page cache, and under load the pool holds one
/// connection per concurrent request: the cache size bounds what they hold together.
/// </summary>
public sealed class SqliteConnectionPragmas(int pageCacheKilobytes) : DbConnectionInterceptor
{
    /// <summary>The page cache of each pooled connection, unless <c>Magazine:Database:SqlitePageCacheKilobytes</c> says otherwise.</summary>
    public const int DefaultPageCacheKilobytes = 512;

    private readonly string _pragmas =
        $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -{Math.Max(64, pageCacheKilobytes)};";

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, handle);

    /// <summary>Journal mode is stored in the database file, so it is set once at start.</summary>
    public const string EnableWal = "PRAGMA journal_mode = WAL;";
}
