using Microsoft.EntityFrameworkCore;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

public sealed class DataFolderTests
{
    [SqliteOnlyFact("the database file in the data folder")]
    public async Task FirstRunCreatesTheDataFolderWithDatabaseAndKeys()
    {
        using var app = new MagazineFactory();
        Assert.False(Directory.Exists(app.DataDirectory));

        await app.CreateClient().GetAsync("/");

        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "magazine.db")));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "uploads")));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "keys")));
    }

    [SqliteOnlyFact("the database file in the data folder")]
    public async Task ConnectionStringOverridesTheDatabaseAlone()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "magazine-tests", Guid.NewGuid().ToString("N") + ".db");
        using var app = new MagazineFactory().With("ConnectionStrings:Magazine", $"Data Source={elsewhere}");

        await app.CreateClient().GetAsync("/");

        Assert.True(File.Exists(elsewhere));
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "magazine.db")));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "keys")));
    }

    [SqliteOnlyFact("the database file in the data folder")]
    public async Task MigrationsBuildTheSchema()
    {
        using var app = new MagazineFactory();
        var applied = await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(applied);
        var journal = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string)(await command.ExecuteScalarAsync())!;
        });
        Assert.Equal("wal", journal);
    }

    [SqliteOnlyFact("the SQLite connection's own settings")]
    public async Task EveryConnectionKeepsASmallPageCacheWhichTheSettingsCanEnlarge()
    {
        using var small = new MagazineFactory();
        using var larger = new MagazineFactory().With("Magazine:Database:SqlitePageCacheKilobytes", "4096");

        Assert.Equal(-512L, await PragmaAsync(small, "cache_size"));
        Assert.Equal(-4096L, await PragmaAsync(larger, "cache_size"));
        Assert.Equal(10000L, await PragmaAsync(small, "busy_timeout"));
    }

    private static Task<long> PragmaAsync(MagazineFactory app, string pragma) =>
        app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            return (long)(await command.ExecuteScalarAsync())!;
        });
}
