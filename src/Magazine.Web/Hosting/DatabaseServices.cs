using Magazine.Core.Data;
using Magazine.Core.Search;
using Magazine.Migrations.PostgreSql;
using Magazine.Migrations.Sqlite.Search;
using Magazine.Web.Caching;
using Magazine.Web.CommandLine;
using Magazine.Web.CommandLine.Verbs;
using Magazine.Web.SiteTransfer.PostgreSql;
using Magazine.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace Magazine.Web.Hosting;

/// <summary>
/// The database engine, chosen by <c>Magazine:Database:Provider</c>: SQLite (the embedded
/// default, a file in the data folder) or PostgreSQL (<c>ConnectionStrings:Magazine</c>
/// required). The model and every query are shared; what differs (connection set-up,
/// search, backup, migrations) is registered here, behind the same seams.
/// </summary>
public static class DatabaseServices
{
    public const string ProviderKey = "Magazine:Database:Provider";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public const string SqliteMigrationsAssembly = "Magazine.Migrations.Sqlite";

    public static IServiceCollection AddMagazineDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SqliteToPostgreSqlCopy>();
        services.AddScoped<ICommandLineVerb, CopyToPostgreSqlVerb>();
        var provider = configuration[ProviderKey];
        if (string.IsNullOrEmpty(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSqlite(configuration);
        }
        if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddPostgreSql(configuration);
        }
        throw new InvalidOperationException($"{ProviderKey} is '{provider}'; it must be {Sqlite} (the default) or {PostgreSql}.");
    }

    private static IServiceCollection AddSqlite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SqliteConnectionPragmas(
            configuration.GetValue("Magazine:Database:SqlitePageCacheKilobytes", SqliteConnectionPragmas.DefaultPageCacheKilobytes)));
        services.AddSingleton<SqliteSearchFunctions>();
        var openConnections = configuration.GetValue("Magazine:Database:SqliteOpenConnections", SqlitePreparedStatements.DefaultOpenConnections);
        services.AddSingleton(new SqlitePreparedStatements(openConnections));
        // Pooled: a reader page's context is taken from the pool and reset rather than built,
        // with its services, for every request. The options are built once from the root
        // provider, so everything they use (paths, interceptors) is a singleton.
        // The pool hands its contexts out in turn, oldest returned first. Grown past the kept
        // connections (by a burst), most contexts it handed out had none, and their pages
        // compiled every statement again; held to the same number, each pooled context keeps
        // its connection, and a context taken beyond them is built and let go as without a pool.
        // A site that keeps no connection open keeps EF Core's own pool size.
        if (openConnections > 0)
        {
            services.AddDbContextPool<MagazineDbContext>(Configure, openConnections);
        }
        else
        {
            services.AddDbContextPool<MagazineDbContext>(Configure);
        }
        services.AddScoped<ISearchIndex, SqliteFtsSearch>();
        services.AddScoped<IDatabaseBackup, SqliteBackup>();
        return services;

        void Configure(IServiceProvider provider, DbContextOptionsBuilder options)
        {
            var connectionString = configuration.GetConnectionString("Magazine")
                ?? $"Data Source={provider.GetRequiredService<DataPaths>().Database}";
            // The model is compiled ahead (migrations/Magazine.Migrations.Sqlite/CompiledModel):
            // building it at start was the largest part of the time to the first page.
#pragma warning disable EF1001 // the connection service is EF Core's internal API (SqliteKeptConnection says why)
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .UseModel(Magazine.Migrations.Sqlite.CompiledModel.MagazineDbContextModel.Instance)
                .ReplaceService<ISqliteRelationalConnection, SqliteKeptConnection>()
                .AddInterceptors(
                    provider.GetRequiredService<SqlitePreparedStatements>(),
                    provider.GetRequiredService<SqliteConnectionPragmas>(),
                    provider.GetRequiredService<SqliteSearchFunctions>(),
                    provider.GetRequiredService<ContentChangeInterceptor>());
#pragma warning restore EF1001
        }
    }

    private static IServiceCollection AddPostgreSql(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Magazine");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is {PostgreSql}, so ConnectionStrings:Magazine must name the database, "
                + "for example Host=db.example;Database=magazine;Username=magazine;Password=...");
        }
        // No compiled model: PostgreSQL's own would be a second generated copy to keep in
        // step, and building the model costs a fraction of a second once per process.
        services.AddDbContextPool<MagazineDbContext>((provider, options) =>
            PostgreSqlOptions.Apply(options, connectionString)
                .AddInterceptors(provider.GetRequiredService<ContentChangeInterceptor>()));
        services.AddScoped<ISearchIndex, PostgreSqlSearch>();
        services.AddScoped<IDatabaseBackup, PgDumpBackup>();
        return services;
    }
}
