using System.Data.Common;
using Magazine.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Migrations.Sqlite.Search;

/// <summary>
/// Registers the search normalisation (<see cref="SearchText.Fold"/>) as a SQL function on
/// every connection, so the index triggers fold text exactly as queries are folded. A
/// connection without it (the sqlite3 shell, say) can read everything but cannot write
/// stories: the triggers name the function, and SQLite refuses rather than index wrongly.
/// </summary>
public sealed class SqliteSearchFunctions : DbConnectionInterceptor
{
    public const string FoldFunction = "magazine_fold";

    public static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string>(FoldFunction, SearchText.Fold, isDeterministic: true);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }
}
