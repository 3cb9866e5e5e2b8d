using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Magazine.Web.Infrastructure;

#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's internal API; this subclass only decides when its connection closes.
/// <summary>
/// The SQLite connection of a pooled context, left open between requests so that the
/// statements compiled on it stay compiled (<see cref="SqlitePreparedStatements"/>).
/// <para>
/// EF Core closes a context's connection after each query it opened for, and again when a
/// pooled context is returned; closing a Microsoft.Data.Sqlite connection disposes every
/// command made on it, with its compiled statements. Here the first close is skipped, and
/// the connection stays open with its context for as long as the context lives, up to
/// <see cref="Limit"/> connections in the process: each open one holds its page cache and
/// its statements, so the bound is what they cost together. Past it, connections close as
/// EF Core intends. Open and idle, a connection holds no lock and no read snapshot: that
/// lasts only while a statement runs, and each is reset when its reader is disposed.
/// </para>
/// </summary>
public sealed class SqliteKeptConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    public const int DefaultLimit = 16;

    private static int _open;
    private bool _kept;

    /// <summary>Connections kept open at most, process-wide; 0 closes every one as EF Core would. Set once at start.</summary>
    public static int Limit { get; set; } = DefaultLimit;

    protected override void CloseDbConnection()
    {
        if (!Keep())
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => Keep() ? Task.CompletedTask : base.CloseDbConnectionAsync();

    protected override void DisposeDbConnection()
    {
        Release();
        base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync()
    {
        Release();
        return base.DisposeDbConnectionAsync();
    }

    private bool Keep()
    {
        if (_kept)
        {
            return true;
        }
        if (DbConnection is not SqliteConnection { State: System.Data.ConnectionState.Open } connection)
        {
            return false;
        }
        if (Interlocked.Increment(ref _open) > Limit)
        {
            Interlocked.Decrement(ref _open);
            return false;
        }
        _kept = true;
        SqlitePreparedStatements.Hold(connection);
        return true;
    }

    private void Release()
    {
        if (_kept)
        {
            _kept = false;
            Interlocked.Decrement(ref _open);
        }
    }
}
#pragma warning restore EF1001
