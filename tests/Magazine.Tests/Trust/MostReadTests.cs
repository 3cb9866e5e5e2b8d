using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Readership;
using Microsoft.Extensions.DependencyInjection;
using static Magazine.Tests.Infrastructure.CacheAnswers;
using static Magazine.Tests.Trust.TrustSite;

namespace Magazine.Tests.Trust;

/// <summary>The most-read lists follow the counted views, about once a minute, without emptying the cached pages they sit in.</summary>
public sealed class MostReadTests(ReadershipFactory app) : IClassFixture<ReadershipFactory>
{
    [Fact]
    public async Task TheListOrdersStoriesByViewsAndMovesWithoutEmptyingTheCachedPagesAroundIt()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var quiet = await app.StoryAsync(section, author, title: "Quiet " + TestData.Unique("q"));
        var popular = await app.StoryAsync(section, author, title: "Popular " + TestData.Unique("p"));
        var middling = await app.StoryAsync(section, author, title: "Middling " + TestData.Unique("m"));
        var client = app.CreateClient();
        await ReadAsync(client, popular, 9);
        await ReadAsync(client, middling, 5);
        await ReadAsync(client, quiet, 2);
        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);
        await app.Services.GetRequiredService<MostReadBoard>().RefreshAsync(CancellationToken.None);
        var pages = new[] { "/", $"/section/{section.Slug}" };
        foreach (var page in pages)
        {
            await client.GetAsync(page);
            Assert.True(FromCache(await client.GetAsync(page)));
        }

        var fragment = Html.Parse(await client.GetStringAsync("/most-read"));

        Assert.Equal([popular.Title, middling.Title, quiet.Title], Titles(fragment, "#most-read-day", popular, middling, quiet));
        Assert.Equal([popular.Title, middling.Title, quiet.Title], Titles(fragment, "#most-read-week", popular, middling, quiet));
        var home = await client.GetDocumentAsync("/");
        Assert.Equal([popular.Title, middling.Title, quiet.Title], Titles(home, "#most-read-day", popular, middling, quiet));

        // The quiet story takes off: after the next batch and the next minute the list moves...
        await ReadAsync(client, quiet, 20);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(500);
        app.Clock.Advance(TimeSpan.FromSeconds(55));
        var board = app.Services.GetRequiredService<MostReadBoard>();
        for (var attempt = 0; attempt < 100 && board.Current(Magazine.Web.Hosting.Edition.English)!.Day[0].Story.Id != quiet.Id; attempt++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(quiet.Id, board.Current(Magazine.Web.Hosting.Edition.English)!.Day[0].Story.Id);
        // ...and the pages around it were never emptied: still served from the cache.
        foreach (var page in pages)
        {
            Assert.True(FromCache(await client.GetAsync(page)), $"{page} should still come from the cache");
        }
    }

    [Fact]
    public async Task TheDayListKeepsTheLast24HoursAndTheWeekListTheLast7DaysOfTheEditionsOwnStories()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var lastWeek = await app.StoryAsync(section, author, title: "Read three days ago " + TestData.Unique("w"));
        var arabic = await app.StoryAsync(section, author, language: "ar", title: "الأكثر " + TestData.ArabicWord());
        var draft = await app.StoryAsync(section, author, status: ArticleStatus.Draft, title: "Unpublished " + TestData.Unique("d"));
        var hour = StoryViewCount.HourOf(app.Clock.GetUtcNow());
        await app.WithDbAsync(async db =>
        {
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = lastWeek.Id, Hour = hour - 72, Views = 100_000 });
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = lastWeek.Id, Hour = hour - 24 * 8, Views = 1 });
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = arabic.Id, Hour = hour, Views = 100_000 });
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = draft.Id, Hour = hour, Views = 100_000 });
            await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<MostReadBoard>().RefreshAsync(CancellationToken.None);

        var english = app.Services.GetRequiredService<MostReadBoard>().Current(Magazine.Web.Hosting.Edition.English)!;
        Assert.DoesNotContain(english.Day, s => s.Story.Id == lastWeek.Id);
        Assert.Equal(lastWeek.Id, english.Week[0].Story.Id);
        Assert.Equal(100_000, english.Week[0].Views);
        Assert.DoesNotContain(english.Week, s => s.Story.Id == arabic.Id || s.Story.Id == draft.Id);
        var arabicPage = Html.Parse(await app.CreateClient().GetStringAsync("/ar/most-read"));
        Assert.Equal(arabic.Title, Titles(arabicPage, "#most-read-day")[0]);
    }

    private static async Task ReadAsync(HttpClient client, Article story, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await client.ReadAsync(TestData.UrlOf(story));
        }
    }

    private static string[] Titles(AngleSharp.Html.Dom.IHtmlDocument page, string list) =>
        page.QuerySelectorAll($"[aria-labelledby='{list.TrimStart('#')}'] li a").Select(a => a.TextContent).ToArray();

    private static string[] Titles(AngleSharp.Html.Dom.IHtmlDocument page, string list, params Article[] ours) =>
        Titles(page, list).Where(t => ours.Any(o => o.Title == t)).ToArray();
}
