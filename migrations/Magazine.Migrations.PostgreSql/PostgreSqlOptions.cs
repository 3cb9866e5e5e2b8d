using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Magazine.Migrations.PostgreSql;

/// <summary>How the site, the tools and the tests open the database on PostgreSQL: one place, so they cannot drift apart.</summary>
public static class PostgreSqlOptions
{
    /// <summary>
    /// A writer waiting for a row another holds gives up after this long, as SQLite's busy
    /// timeout does, rather than waiting for ever; the request then fails with a clear error.
    /// </summary>
    public const int LockTimeoutMilliseconds = 10_000;

    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithSessionSettings(connectionString), npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlOptions).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();

    /// <summary>The connection string with the site's session settings added (a lock timeout unless one is set).</summary>
    public static string WithSessionSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("lock_timeout", StringComparison.Ordinal) != true)
        {
            builder.Options = $"{builder.Options} -c lock_timeout={LockTimeoutMilliseconds}".Trim();
        }
        return builder.ConnectionString;
    }
}
