using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Readership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Magazine.Tests.Infrastructure.CacheAnswers;
using static Magazine.Tests.Trust.TrustSite;

namespace Magazine.Tests.Trust;

/// <summary>Story views are counted on the server, for people only, in memory, and written in batches, even for pages served from the cache.</summary>
public sealed class ViewCountingTests(ReadershipFactory app) : IClassFixture<ReadershipFactory>
{
    private static readonly string[] Robots =
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Twitterbot/1.0",
        "WhatsApp/2.23.20.0",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "curl/8.5.0",
        "python-requests/2.31.0",
        "",
    ];

    [Fact]
    public async Task AThousandViewsOfACachedStoryWithRobotsAndPrefetchesMixedInCountAThousandAfterTheFlushInterval()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var url = TestData.UrlOf(story);
        var client = app.CreateClient();
        await client.GetAsync(url); // a robot-less warm-up without a user agent: stored in the cache, not counted
        var hits = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, 1300), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            HttpResponseMessage response;
            if (i % 13 == 12)
            {
                var prefetch = new HttpRequestMessage(HttpMethod.Get, url);
                prefetch.Headers.TryAddWithoutValidation("User-Agent", Browser);
                prefetch.Headers.TryAddWithoutValidation(i % 2 == 0 ? "Sec-Purpose" : "Purpose", "prefetch");
                response = await client.SendAsync(prefetch);
            }
            else if (i % 13 >= 10)
            {
                response = await client.ReadAsync(url, Robots[i % Robots.Length]);
            }
            else
            {
                response = await client.ReadAsync(url);
                if (FromCache(response))
                {
                    Interlocked.Increment(ref hits);
                }
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-Magazine-Story"), "the story's number is for the counter, not for readers");
        });

        Assert.Equal(1000, hits);
        Assert.Equal(0, await ViewsAsync(story.Id));
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1000, await EventuallyAsync(() => ViewsAsync(story.Id), 1000));
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        Assert.Equal(1000, await ViewsAsync(story.Id));
    }

    [Fact]
    public async Task ViewsAreWrittenOnceABatchNotOnceAView()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var client = app.CreateClient();
        for (var i = 0; i < 50; i++)
        {
            await client.ReadAsync(TestData.UrlOf(story));
        }

        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);
        await client.ReadAsync(TestData.UrlOf(story));
        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);

        var rows = await app.WithDbAsync(db => db.StoryViewCounts.AsNoTracking().Where(v => v.ArticleId == story.Id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(51, row.Views);
        Assert.Equal(StoryViewCount.HourOf(app.Clock.GetUtcNow()), row.Hour);
    }

    [Fact]
    public async Task RedirectsMissingStoriesAndNewsroomScreensAreNotCounted()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var draft = await app.StoryAsync(section, author, status: ArticleStatus.Draft);
        var client = app.CreateBrowserClient();
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.ReadAsync(TestData.UrlOf(story).Replace("/" + story.PublishedAt!.Value.Year + "/", "/1999/"))).StatusCode);
        await client.ReadAsync("/2026/01/no-such-story");
        await editor.GetAsync($"/admin/stories/{story.Id}");
        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);

        Assert.Equal(0, await ViewsAsync(story.Id));
        Assert.Equal(0, await ViewsAsync(draft.Id));
    }

    [Fact]
    public async Task TheNewsroomShowsAStorysViewsByDay()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var today = StoryViewCount.HourOf(app.Clock.GetUtcNow());
        await app.WithDbAsync(async db =>
        {
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = story.Id, Hour = today - 48, Views = 120 });
            db.StoryViewCounts.Add(new StoryViewCount { ArticleId = story.Id, Hour = today, Views = 7 });
            await db.SaveChangesAsync();
        });
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetDocumentAsync(FollowUp(story.Id));

        var rows = page.QuerySelectorAll(".views-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(30, rows.Count);
        var day = DateOnly.FromDateTime(StoryViewCount.StartOf(today));
        Assert.Equal("7", rows[0][1]);
        Assert.Equal("0", rows[1][1]);
        Assert.Equal("120", rows[2][1]);
        Assert.Equal(day.ToString("yyyy-MM-dd"), page.QuerySelector(".views-table tbody time")!.GetAttribute("datetime"));
    }

    private Task<int> ViewsAsync(int storyId) =>
        app.WithDbAsync(db => db.StoryViewCounts.Where(v => v.ArticleId == storyId).SumAsync(v => v.Views));

    private static async Task<int> EventuallyAsync(Func<Task<int>> read, int expected)
    {
        var value = 0;
        for (var attempt = 0; attempt < 100 && value != expected; attempt++)
        {
            value = await read();
            if (value != expected)
            {
                await Task.Delay(100);
            }
        }
        return value;
    }
}
