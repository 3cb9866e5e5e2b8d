using Magazine.Core.Data;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Speed;

public sealed class SeedDemoVerbTests : IDisposable
{
    private readonly MagazineFactory _app = new();

    [Fact]
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
        Assert.Contains("2 comments", (await client.GetDocumentAsync("/section/syria")).QuerySelector(".card .meta")?.TextContent);
    }

    [Fact]
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
