using Magazine.Core.Data;
using Magazine.Migrations.PostgreSql;
using Magazine.Migrations.PostgreSql.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// Which engine the integration tests run on: SQLite unless MAGAZINE_TEST_DATABASE=postgresql,
/// and the PostgreSQL server they may use (MAGAZINE_TEST_POSTGRES, a connection string to a
/// server the run owns: `.ci/run` starts a throwaway one with `.ci/postgres.sh`). On
/// PostgreSQL every factory gets a fresh database copied from one migrated template
/// (CREATE DATABASE … TEMPLATE, a file copy on the server), dropped when the factory is.
/// </summary>
public static class TestDatabase
{
    public const string EngineVariable = "MAGAZINE_TEST_DATABASE";
    public const string ServerVariable = "MAGAZINE_TEST_POSTGRES";

    public const string HowToRunOnPostgreSql =
        "to run the integration tests on PostgreSQL too: bash .ci/run (starts a throwaway server), or start one with "
        + "`.ci/postgres.sh start /tmp/magazine-pg`, then MAGAZINE_TEST_POSTGRES='<the connection string it prints>' "
        + "MAGAZINE_TEST_DATABASE=postgresql dotnet test tests/Magazine.Tests";

    private static readonly Lock Gate = new();
    private static string? _template;

    public static bool IsPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable(EngineVariable), "postgresql", StringComparison.OrdinalIgnoreCase);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? ServerOrNull => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static string Server => ServerOrNull
        ?? throw new InvalidOperationException($"{ServerVariable} is not set: no PostgreSQL server for this test; {HowToRunOnPostgreSql}");

    /// <summary>A new, empty database on the test server with every migration applied and the search index in place.</summary>
    public static PostgreSqlTestDatabase Create()
    {
        var name = $"magazine_test_{Guid.NewGuid():N}";
        lock (Gate)
        {
            _template ??= CreateTemplate();
            Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\"");
        }
        return new PostgreSqlTestDatabase(name, ConnectionTo(name));
    }

    /// <summary>A new database with nothing in it, not even the schema (what an operator creates before copying a site in).</summary>
    public static PostgreSqlTestDatabase CreateEmpty()
    {
        var name = $"magazine_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new PostgreSqlTestDatabase(name, ConnectionTo(name));
    }

    public static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    internal static void Execute(string sql)
    {
        // Unpooled: a pooled idle connection to the template would stop it being copied.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string CreateTemplate()
    {
        var name = $"magazine_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..50];
        Execute($"CREATE DATABASE \"{name}\"");
        var options = new DbContextOptionsBuilder<MagazineDbContext>();
        PostgreSqlOptions.Apply(options, new NpgsqlConnectionStringBuilder(ConnectionTo(name)) { Pooling = false }.ConnectionString);
        using (var db = new MagazineDbContext(options.Options))
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw(ArticleSearchSchema.Create);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }

    internal static void Drop(string database)
    {
        try
        {
            Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server is going away with the run (CI stops it); nothing is left behind there.
        }
    }
}

/// <summary>One test's own database on the PostgreSQL test server; dropped on dispose.</summary>
public sealed class PostgreSqlTestDatabase(string name, string connectionString) : IDisposable
{
    public string Name { get; } = name;
    public string ConnectionString { get; } = connectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgreSqlOptions.WithSessionSettings(ConnectionString)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        TestDatabase.Drop(Name);
    }
}

/// <summary>A test about SQLite itself (its file, pragmas, start fast path, backup): skipped, with the reason, when the run is on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}

/// <summary>
/// A test that needs the PostgreSQL test server whatever engine the run is on. Without one
/// it is skipped locally with how to provide it; in CI (CI=true) it runs and fails instead,
/// so it never passes silently there.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestDatabase.ServerOrNull is null && !TestDatabase.InCi)
        {
            Skip = $"No PostgreSQL server: {TestDatabase.HowToRunOnPostgreSql}";
        }
    }
}
