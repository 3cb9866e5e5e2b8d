using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
/// <c>Magazine:Database:SqliteOpenConnections</c> connections: each open one holds its page cache and
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
    // The site's own instance, among the context's interceptors: it holds the bound and the statements.
    private readonly SqlitePreparedStatements? _statements = dependencies.ContextOptions.FindExtension<CoreOptionsExtension>()
        ?.Interceptors?.OfType<SqlitePreparedStatements>().FirstOrDefault();
    private SqliteConnection? _kept;

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
        if (_kept is not null)
        {
            return true;
        }
        if (_statements is null || DbConnection is not SqliteConnection { State: System.Data.ConnectionState.Open } connection
            || !_statements.TryHold(connection))
        {
            return false;
        }
        _kept = connection;
        return true;
    }

    private void Release()
    {
        if (_kept is not null)
        {
            _statements!.Release(_kept);
            _kept = null;
        }
    }
}
#pragma warning restore EF1001
