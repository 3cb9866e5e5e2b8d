using System.Collections.Concurrent;
using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

public sealed class CrashDurabilityTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "magazine-tests", "crash-" + Guid.NewGuid().ToString("N"));

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Magazine__SeedDemoContent"] = "true",
        ["Magazine__Comments__Moderation"] = "None",
        ["Magazine__Comments__RateLimitPerMinute"] = "0",
        ["Magazine__Comments__MinimumSecondsBeforePosting"] = "0",
    };

    [SqliteOnlyFact("SQLite's journal and fsync after a SIGKILL; PostgreSQL's durability is the server's")]
    public async Task AcknowledgedCommentsSurviveSigkillAndTheDatabaseStaysWhole()
    {
        var acknowledged = new ConcurrentBag<string>();
        await using (var site = await SiteProcess.StartAsync(_data, Settings))
        {
            using var reader = new HttpClient { BaseAddress = site.Address };
            var home = Html.Parse(await reader.GetStringAsync("/"));
            var story = home.QuerySelector(".lead-title a")!.GetAttribute("href")!;
            var fields = CommentForms.FormFields(Html.Parse(await reader.GetStringAsync(story)), "form[action='/comments']");

            using var stop = new CancellationTokenSource();
            var posters = Enumerable.Range(0, 10).Select(n => Task.Run(async () =>
            {
                using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var body = $"crash-test {n}-{i}";
                    try
                    {
                        var form = new Dictionary<string, string>(fields) { ["Name"] = $"Reader {n}", ["Body"] = body };
                        var response = await client.PostAsync("/comments", new FormUrlEncodedContent(form), stop.Token);
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            acknowledged.Add(body);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 100)
            {
                await Task.Delay(20);
            }
            await site.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(posters);
        }

        var database = Path.Combine(_data, "magazine.db");
        Assert.Equal("ok", await SqliteFiles.IntegrityCheckAsync(database));
        await using (var restarted = await SiteProcess.StartAsync(_data, Settings))
        {
            using var client = new HttpClient { BaseAddress = restarted.Address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        var stored = await SqliteFiles.ColumnAsync(database, "SELECT BodyMarkdown FROM Comments");
        Assert.True(acknowledged.Count >= 100);
        Assert.DoesNotContain(acknowledged, body => !stored.Contains(body));
        Assert.Equal("ok", await SqliteFiles.IntegrityCheckAsync(database));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
