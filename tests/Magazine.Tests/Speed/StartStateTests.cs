using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Speed;

/// <summary>
/// Start skips the migrator on an up-to-date database; it must never skip it on one that
/// lacks a migration, wherever that migration falls in the history.
/// </summary>
public sealed class StartStateTests
{
    [SqliteOnlyFact("the start fast path reads SQLite's own catalogue and journal mode")]
    public async Task AnUpToDateDatabaseNeedsNothingAndOneMissingAnOlderMigrationIsNotUpToDate()
    {
        using var app = new MagazineFactory();
        await app.CreateClient().GetAsync("/");

        var current = await app.WithDbAsync(db => SqliteStartState.IsCurrentAsync(db, needStories: false, CancellationToken.None));
        // Work merged from branches made in parallel brings a migration older than the newest applied one.
        var older = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().SkipLast(1).Last()));
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {older}"));
        var missingOlder = await app.WithDbAsync(db => SqliteStartState.IsCurrentAsync(db, needStories: false, CancellationToken.None));

        Assert.True(current);
        Assert.False(missingOlder);
    }
}
