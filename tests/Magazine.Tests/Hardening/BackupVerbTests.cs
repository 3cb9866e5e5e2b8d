using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Magazine.Web.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Hardening;

public sealed class BackupVerbTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var scope = app.Services.CreateScope();
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CommandLineVerbs.RunAsync(args, scope.ServiceProvider, new VerbConsole(output, error), default);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task BackupWhileCommentsArePostedGivesAWholeDatabase()
    {
        var story = await app.PublishedStoryAsync();
        var target = Path.Combine(app.DataDirectory, "backups", "nightly.db");
        var client = app.CreateBrowserClient();
        var posting = Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostCommentAsync(TestData.UrlOf(story), $"During backup {i}")));

        var (exit, output, _) = await RunAsync("backup", "--out", target);
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

        var (overwrite, _, error) = await RunAsync("backup", "--out", existing);
        var (missing, _, usage) = await RunAsync("backup");

        Assert.Equal(1, overwrite);
        Assert.Contains("already exists", error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
        Assert.Equal(2, missing);
        Assert.Contains("usage", usage);
    }
}
