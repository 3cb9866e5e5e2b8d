using System.Diagnostics;
using Magazine.Tests.Infrastructure;
using Magazine.Web.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Discovery;

/// <summary>Search over an archive loaded in bulk: the index is complete, and a word in every story is still quick.</summary>
public sealed class LargeArchiveSearchTests : IDisposable
{
    private const int Stories = 3000;
    private readonly MagazineFactory _app = new();

    [SqliteOnlyFact("the archive is loaded with seed-demo, which writes SQLite directly")]
    public async Task ABulkLoadedArchiveIsFullyIndexedAndAWordInEveryStoryIsFoundQuickly()
    {
        using (var scope = _app.Services.CreateScope())
        {
            var console = new VerbConsole(new StringWriter(), new StringWriter());
            Assert.Equal(0, await CommandLineVerbs.RunAsync(["seed-demo", "--articles", $"{Stories}"], scope.ServiceProvider, console, default));
        }
        var indexed = await _app.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch").SingleAsync());
        var client = _app.CreateClient();
        await client.GetStringAsync("/search?q=warmup");

        // Every synthetic story has a tag named "Topic N". Matching the word once per story
        // instead of once per query made this take seconds per thousand stories.
        var clock = Stopwatch.StartNew();
        var page = await client.GetDocumentAsync("/search?q=topic");
        clock.Stop();

        // A word typed in part matches no story whole, so it is still matched as the start of
        // longer words, however many stories those are.
        var part = await client.GetDocumentAsync("/search?q=topi");

        Assert.Equal(Stories, indexed);
        Assert.Equal(10, page.QuerySelectorAll(".search-result").Length);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"search took {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(10, part.QuerySelectorAll(".search-result").Length);
        Assert.Contains("more than", page.QuerySelector(".search-count")?.TextContent ?? page.Body!.TextContent);
        Assert.Contains("more than", part.QuerySelector(".search-count")?.TextContent ?? part.Body!.TextContent);
    }

    public void Dispose() => _app.Dispose();
}
