using System.Diagnostics;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Magazine.Tests.PostgreSql;

/// <summary>The backup verb on PostgreSQL: pg_dump's custom format, restorable with pg_restore into a working site.</summary>
public sealed class PostgreSqlBackupTests : IDisposable
{
    private readonly Disposables _cleanup = new();

    [PostgreSqlFact]
    public async Task BackupWhileCommentsArePostedRestoresIntoAWorkingSite()
    {
        var database = Track(TestDatabase.Create());
        var site = Track(new OpenCommentsFactory().On(database));
        var story = await site.PublishedStoryAsync();
        var client = site.CreateBrowserClient();
        var target = Path.Combine(site.DataDirectory, "backups", "nightly.dump");
        var posting = Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PostCommentAsync(TestData.UrlOf(story), $"During backup {i}")));

        var (exit, output, error) = await site.RunVerbAsync("backup", "--out", target);
        await posting;

        Assert.True(exit == 0, error);
        Assert.Contains(target, output);
        var restored = Track(TestDatabase.CreateEmpty());
        var restore = Process.Start(new ProcessStartInfo("pg_restore", ["--no-owner", $"--dbname={Libpq(restored.ConnectionString)}", target]) { RedirectStandardError = true })!;
        var restoreErrors = await restore.StandardError.ReadToEndAsync();
        await restore.WaitForExitAsync();
        Assert.True(restore.ExitCode == 0, restoreErrors);
        var back = Track(new MagazineFactory().On(restored));
        var page = await back.CreateClient().GetStringAsync(TestData.UrlOf(story));
        Assert.Contains(story.Title, page);
        Assert.Equal(await site.WithDbAsync(db => db.Articles.CountAsync()), await back.WithDbAsync(db => db.Articles.CountAsync()));
    }

    /// <summary>The same connection as a libpq connection string, which pg_restore reads.</summary>
    private static string Libpq(string connectionString)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host={npgsql.Host} port={npgsql.Port} user={npgsql.Username} dbname={npgsql.Database}";
    }

    private T Track<T>(T disposable) where T : IDisposable => _cleanup.Track(disposable);

    public void Dispose()
    {
        _cleanup.Dispose();
    }
}
