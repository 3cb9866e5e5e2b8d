using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

public sealed class BackupVerbTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    [SqliteOnlyFact("VACUUM INTO and the copy's integrity; PostgreSQL's backup is PostgreSqlBackupTests")]
    public async Task BackupWhileCommentsArePostedGivesAWholeDatabase()
    {
        var story = await app.PublishedStoryAsync();
        var target = Path.Combine(app.DataDirectory, "backups", "nightly.db");
        var client = app.CreateBrowserClient();
        var posting = Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostCommentAsync(TestData.UrlOf(story), $"During backup {i}")));

        var (exit, output, _) = await app.RunVerbAsync("backup", "--out", target);
        await posting;

        Assert.Equal(0, exit);
        Assert.Contains(target, output);
        Assert.Equal("ok", await SqliteFiles.IntegrityCheckAsync(target));
        Assert.True(await SqliteFiles.ScalarAsync<long>(target, "SELECT COUNT(*) FROM Articles") >= 1);
    }

    [Fact]
    public async Task BackupRefusesToOverwriteAndNeedsATarget()
    {
        _ = app.Services; // starts the site, which creates its data folder
        var existing = Path.Combine(app.DataDirectory, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var (overwrite, _, error) = await app.RunVerbAsync("backup", "--out", existing);
        var (missing, _, usage) = await app.RunVerbAsync("backup");

        Assert.Equal(1, overwrite);
        Assert.Contains("already exists", error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
        Assert.Equal(2, missing);
        Assert.Contains("usage", usage);
    }
}
