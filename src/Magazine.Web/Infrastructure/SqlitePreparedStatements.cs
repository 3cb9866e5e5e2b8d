using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Runs each query on a command already compiled for its SQL, on connections kept open
/// (<see cref="SqliteKeptConnection"/>).
/// <para>
/// Microsoft.Data.Sqlite compiles a command's SQL the first time it runs and keeps the
/// compiled statement only as long as the command, and EF Core makes a new command for every
/// query. Compiling cost about 0.8 ms of an uncached home page's 3 ms of CPU (its one large
/// statement) and about a sixth of a story page's. A kept connection holds a command per
/// query text, up to <see cref="StatementsPerConnection"/> (the least recently used makes
/// way), and EF's query runs on it with EF's parameters, transaction and timeout. Writes
/// are left to EF: their texts vary with the batch.
/// </para>
/// </summary>
public sealed class SqlitePreparedStatements(int openConnections) : DbCommandInterceptor
{
    /// <summary>Connections kept open at most, unless <c>Magazine:Database:SqliteOpenConnections</c> says otherwise; 0 closes every one as EF Core would.</summary>
    public const int DefaultOpenConnections = 16;
    public const int StatementsPerConnection = 48;

    private readonly ConditionalWeakTable<SqliteConnection, Statements> _kept = new();
    private int _open;

    /// <summary>Starts keeping statements for a connection that will stay open, unless as many are open as the bound allows.</summary>
    public bool TryHold(SqliteConnection connection)
    {
        if (Interlocked.Increment(ref _open) > openConnections)
        {
            Interlocked.Decrement(ref _open);
            return false;
        }
        _kept.GetValue(connection, c => new Statements(c));
        return true;
    }

    /// <summary>The connection is being disposed: its statements go with it, and its place is free.</summary>
    public void Release(SqliteConnection connection)
    {
        _kept.Remove(connection);
        Interlocked.Decrement(ref _open);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        result.HasResult || Compiled(command) is not { } compiled
            ? result
            : InterceptionResult<DbDataReader>.SuppressWithResult(compiled.Execute());

    // Microsoft.Data.Sqlite runs every statement on the calling thread, async or not.
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    private Statement? Compiled(DbCommand command)
    {
        if (command.Connection is not SqliteConnection connection
            || !command.CommandText.StartsWith("SELECT ", StringComparison.Ordinal)
            || !_kept.TryGetValue(connection, out var statements))
        {
            return null;
        }
        var statement = statements.For(command.CommandText);
        statement?.Take(command);
        return statement;
    }

    /// <summary>One connection's commands by SQL text. A context uses its connection from one thread at a time.</summary>
    private sealed class Statements
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, Statement> _bySql = new(StringComparer.Ordinal);
        private long _clock;

        public Statements(SqliteConnection connection)
        {
            _connection = connection;
            // Closing a connection disposes its commands: whatever closes it, start again empty.
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Closed)
                {
                    _bySql.Clear();
                }
            };
        }

        /// <summary>The command for this text, or null while a reader of it is still open (a query run inside another's results).</summary>
        public Statement? For(string sql)
        {
            if (_bySql.TryGetValue(sql, out var statement))
            {
                if (statement.InUse)
                {
                    return null;
                }
                statement.LastUsed = ++_clock;
                return statement;
            }
            if (_bySql.Count >= StatementsPerConnection && !MakeRoom())
            {
                return null;
            }
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            statement = new Statement(command) { LastUsed = ++_clock };
            _bySql.Add(sql, statement);
            return statement;
        }

        private bool MakeRoom()
        {
            Statement? oldest = null;
            foreach (var statement in _bySql.Values)
            {
                if (!statement.InUse && (oldest is null || statement.LastUsed < oldest.LastUsed))
                {
                    oldest = statement;
                }
            }
            if (oldest is null)
            {
                return false;
            }
            _bySql.Remove(oldest.Command.CommandText);
            oldest.Command.Dispose();
            return true;
        }
    }

    private sealed class Statement(SqliteCommand command)
    {
        private SqliteDataReader? _reader;

        public SqliteCommand Command { get; } = command;
        public long LastUsed { get; set; }
        public bool InUse => _reader is { IsClosed: false };

        /// <summary>Takes EF's parameters, transaction and timeout for this run.</summary>
        public void Take(DbCommand from)
        {
            Command.Transaction = (SqliteTransaction?)from.Transaction;
            Command.CommandTimeout = from.CommandTimeout;
            Command.Parameters.Clear();
            foreach (SqliteParameter parameter in from.Parameters)
            {
                Command.Parameters.Add(parameter);
            }
        }

        public SqliteDataReader Execute() => _reader = Command.ExecuteReader();
    }
}
