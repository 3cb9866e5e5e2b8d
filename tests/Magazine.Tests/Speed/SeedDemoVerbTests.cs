using Magazine.Core.Data;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Speed;

public sealed class SeedDemoVerbTests : IDisposable
{
    private readonly MagazineFactory _app = new();

    [SqliteOnlyFact("seed-demo writes a SQLite file directly, for the benchmarks")]
    public async Task FillsAnEmptySiteWithVariedStoriesThatReadersCanOpen()
    {
        var (exit, output, _) = await _app.RunVerbAsync("seed-demo", "--articles", "300", "--comments-per-article", "2");

        Assert.Equal(0, exit);
        Assert.Contains("Seeded 300 stories and 600 comments", output);
        var (stories, arabic, sections, lengths, tagged) = await _app.WithDbAsync(async db => (
            await db.Articles.Published(DateTime.UtcNow).CountAsync(),
            await db.Articles.CountAsync(a => a.Language == "ar"),
            await db.Articles.Select(a => a.CategoryId).Distinct().CountAsync(),
            await db.Articles.Select(a => a.ReadingMinutes).Distinct().CountAsync(),
            await db.ArticleTags.Select(t => t.ArticleId).Distinct().CountAsync()));
        Assert.Equal(300, stories);
        Assert.InRange(arabic, 20, 80);
        Assert.Equal(6, sections);
        Assert.True(lengths > 1);
        Assert.Equal(300, tagged);
        var client = _app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        await client.GetDocumentAsync(home.QuerySelector(".lead-title a")!.GetAttribute("href")!);
        var counts = await client.CommentCountsOnAsync("/section/syria");
        Assert.NotEmpty(counts);
        Assert.All(counts.Values, count => Assert.Equal("2 comments", count));
    }

    [SqliteOnlyFact("seed-demo writes a SQLite file directly, for the benchmarks")]
    public async Task TheArchiveReadsLikeRealTextForSearch()
    {
        var (exit, _, _) = await _app.RunVerbAsync("seed-demo", "--articles", "400", "--comments-per-article", "0");
        Assert.Equal(0, exit);

        var texts = await _app.WithDbAsync(db => db.Articles.Select(a => new { a.Language, a.BodyText, a.BodyHtml }).ToListAsync());
        Assert.Equal(texts.Count, texts.Select(t => t.BodyText).Distinct().Count());
        foreach (var language in new[] { "en", "ar" })
        {
            var counts = texts.Where(t => t.Language == language)
                .SelectMany(t => t.BodyText.Split([' ', '\n', '.'], StringSplitOptions.RemoveEmptyEntries))
                .GroupBy(w => w.ToLowerInvariant()).Select(g => g.Count()).OrderByDescending(c => c).ToList();
            // Thousands of distinct words, a few very common and most rare: the commonest word
            // is far more frequent than the median one, as in real text.
            Assert.True(counts.Count > (language == "en" ? 3_000 : 1_000), $"{language}: {counts.Count} distinct words");
            Assert.True(counts[0] > 20 * counts[counts.Count / 2], $"{language}: commonest {counts[0]}, median {counts[counts.Count / 2]}");
        }
        Assert.All(texts, t => Assert.StartsWith("<p>", t.BodyHtml));

        // A rare word finds a few stories, through the site's own search.
        var rare = texts.Where(t => t.Language == "en").SelectMany(t => t.BodyText.Split([' ', '\n', '.'], StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(w => w.ToLowerInvariant()).Where(g => g.Key.Length > 6 && g.Count() == 1).Select(g => g.Key).First();
        var results = await _app.CreateClient().GetDocumentAsync($"/search?q={rare}");
        Assert.InRange(results.QuerySelectorAll(".search-result").Length, 1, 10);
    }

    [SqliteOnlyFact("seed-demo writes a SQLite file directly, for the benchmarks")]
    public async Task RefusesANonEmptySiteAndBadArguments()
    {
        await _app.RunVerbAsync("seed-demo", "--articles", "5");

        var (again, _, error) = await _app.RunVerbAsync("seed-demo", "--articles", "5");
        var (noCount, _, usage) = await _app.RunVerbAsync("seed-demo", "--articles", "many");

        Assert.Equal(1, again);
        Assert.Contains("already has content", error);
        Assert.Equal(2, noCount);
        Assert.Contains("usage", usage);
        Assert.Equal(5, await _app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    public void Dispose() => _app.Dispose();
}
