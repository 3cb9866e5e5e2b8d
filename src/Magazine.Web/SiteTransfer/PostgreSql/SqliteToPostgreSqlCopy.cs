using System.Reflection;
using Magazine.Core.Data;
using Magazine.Migrations.PostgreSql;
using Magazine.Migrations.PostgreSql.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Magazine.Web.SiteTransfer.PostgreSql;

/// <summary>
/// Copies a SQLite site, every table of the model (accounts and roles, stories, revisions,
/// redirects, pages, comments, media records, settings, mail), into an empty PostgreSQL
/// database, then builds the search index there. The SQLite file is opened read-only, so
/// it is left exactly as it was and the site can keep serving from it until the switch.
/// Everything is written in one transaction: a copy that fails, or whose counts do not
/// match table for table, leaves the target empty.
/// </summary>
public sealed class SqliteToPostgreSqlCopy(ILogger<SqliteToPostgreSqlCopy> logger)
{
    private static readonly MethodInfo CopyTableMethod =
        typeof(SqliteToPostgreSqlCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo CountMethod =
        typeof(SqliteToPostgreSqlCopy).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public sealed record TableCount(string Table, long Source, long Target);

    /// <summary>Thrown when the target is not empty or the copy does not add up; nothing was written.</summary>
    public sealed class CopyRefusedException(string message) : Exception(message);

    public async Task<IReadOnlyList<TableCount>> CopyAsync(string sqliteConnectionString, string postgreSqlConnectionString, CancellationToken cancellationToken)
    {
        var readOnly = new SqliteConnectionStringBuilder(sqliteConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        await using var source = new MagazineDbContext(new DbContextOptionsBuilder<MagazineDbContext>()
            .UseSqlite(readOnly)
            .UseModel(Magazine.Migrations.Sqlite.CompiledModel.MagazineDbContextModel.Instance)
            .Options);
        var targetOptions = new DbContextOptionsBuilder<MagazineDbContext>();
        PostgreSqlOptions.Apply(targetOptions, postgreSqlConnectionString);
        await using var target = new MagazineDbContext(targetOptions.Options);

        if ((await source.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new CopyRefusedException("the SQLite database is not on the current schema; start the site (or run any verb) on it once, then copy.");
        }
        await target.Database.MigrateAsync(cancellationToken);
        var tables = InsertionOrder(target.Model);
        foreach (var table in tables)
        {
            if (await CountIn(target, table, cancellationToken) > 0)
            {
                throw new CopyRefusedException($"the PostgreSQL database is not empty ({table.GetTableName()} has rows); copy into a new database.");
            }
        }

        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in tables)
        {
            var copied = await (Task<int>)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, cancellationToken])!;
            logger.LogInformation("Copied {Count} rows of {Table}", copied, table.GetTableName());
        }
        foreach (var table in tables)
        {
            await ContinueIdentityAsync(target, table, cancellationToken);
        }
        await ArticleSearchSchema.BuildAsync(target.Database, cancellationToken);

        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            counts.Add(new TableCount(table.GetTableName()!, await CountIn(source, table, cancellationToken), await CountIn(target, table, cancellationToken)));
        }
        counts.Add(new TableCount(ArticleSearchSchema.Table, counts.Single(c => c.Table == "Articles").Source,
            await target.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM \"{ArticleSearchSchema.Table}\"").SingleAsync(cancellationToken)));
        if (counts.FirstOrDefault(c => c.Source != c.Target) is { } wrong)
        {
            throw new CopyRefusedException($"{wrong.Table}: {wrong.Source} rows in SQLite but {wrong.Target} copied; nothing was kept.");
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    /// <summary>
    /// Every table once, each after the tables it refers to (a table that refers to itself,
    /// as replies do, is ordered within by EF Core from the keys).
    /// </summary>
    private static List<IEntityType> InsertionOrder(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned() && e.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var ready = remaining
                .Where(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType.GetRootType() == e || ordered.Contains(fk.PrincipalEntityType.GetRootType())))
                .OrderBy(e => e.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's tables refer to each other in a cycle: " + string.Join(", ", remaining.Select(e => e.GetTableName())));
            }
            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private static async Task<int> CopyTableAsync<T>(MagazineDbContext source, MagazineDbContext target, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await source.Set<T>().AsNoTracking().ToListAsync(cancellationToken);
        target.Set<T>().AddRange(rows);
        await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();
        return rows.Count;
    }

    private static Task<long> CountIn(MagazineDbContext db, IEntityType table, CancellationToken cancellationToken) =>
        (Task<long>)CountMethod.MakeGenericMethod(table.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<long> CountAsync<T>(MagazineDbContext db, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().LongCountAsync(cancellationToken);

    /// <summary>Rows came with their ids; the table's identity continues after the highest, so the next story gets a new one.</summary>
    private static async Task ContinueIdentityAsync(MagazineDbContext target, IEntityType table, CancellationToken cancellationToken)
    {
        if (table.FindPrimaryKey()?.Properties is not [var key] || key.ValueGenerated != ValueGenerated.OnAdd
            || (key.ClrType != typeof(int) && key.ClrType != typeof(long)))
        {
            return;
        }
        var name = table.GetTableName()!;
        var column = key.GetColumnName();
        // Names from the model, never from input: identifiers cannot be parameters.
        var sql = $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), (SELECT coalesce(max(\"{column}\"), 0) + 1 FROM \"{name}\"), false)";
        await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
