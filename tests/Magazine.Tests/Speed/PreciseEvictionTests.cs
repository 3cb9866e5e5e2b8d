using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Magazine.Tests.Infrastructure.CacheAnswers;

namespace Magazine.Tests.Speed;

/// <summary>A site whose cached answers say so, to tell a page served from the cache from one rendered again.</summary>
public class CacheMarkingFactory : OpenCommentsFactory
{
    public CacheMarkingFactory() => With("Magazine:CacheHeader", "true");
}

/// <summary>The same site with its pages in a real Redis (<see cref="TestRedisServer"/>), as several instances keep them.</summary>
public sealed class RedisCacheMarkingFactory : CacheMarkingFactory, IAsyncLifetime
{
    public TestRedisServer Redis { get; } = new();

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        With("ConnectionStrings:Redis", Redis.ConnectionString);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>A change evicts the pages that show it, at once, and leaves every other page in the cache.</summary>
public class PreciseEvictionTests(CacheMarkingFactory app) : IClassFixture<CacheMarkingFactory>
{
    [SkippableFact]
    public async Task ApprovedCommentShowsOnItsStoryAtOnceWhileTheListsShowingItStayCached()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var other = await OldStoryOffTheHomePageAsync();
        var discussed = await app.StoryAsync(section, author, title: "Discussed story " + TestData.Unique("d"));
        var client = app.CreateClient();
        var sectionPage = $"/section/{section.Slug}";
        await WarmAsync(client, TestData.UrlOf(discussed), TestData.UrlOf(other), "/", sectionPage);
        var counts = CommentCounts.UrlFor(await client.GetDocumentAsync(sectionPage));
        Assert.Contains(discussed.Title, await client.GetStringAsync("/"));
        await WarmAsync(client, counts);

        var posted = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(discussed), "A reaction seen at once");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var story = await client.GetAsync(TestData.UrlOf(discussed));
        Assert.False(FromCache(story));
        Assert.Contains("A reaction seen at once", await story.Content.ReadAsStringAsync());
        var count = await client.GetAsync(counts);
        Assert.False(FromCache(count));
        Assert.Contains($"\"{discussed.Id}\":\"1 comment\"", await count.Content.ReadAsStringAsync());
        // The home page and the section list show the story's card, but not its count.
        Assert.True(FromCache(await client.GetAsync("/")));
        Assert.True(FromCache(await client.GetAsync(sectionPage)));
        Assert.True(FromCache(await client.GetAsync(TestData.UrlOf(other))));
    }

    [SkippableFact]
    public async Task CountsAreWordedInTheEditionsLanguage()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var english = await app.StoryAsync(section, author);
        var arabic = await app.StoryAsync(section, author, language: "ar");
        var commenter = app.CreateBrowserClient();
        for (var i = 1; i <= 3; i++)
        {
            await commenter.PostCommentAsync(TestData.UrlOf(english), "Counted " + i);
            await commenter.PostCommentAsync(TestData.UrlOf(arabic), "Counted " + i);
        }
        var client = app.CreateClient();

        Assert.Equal("3 comments", (await client.CommentCountsOnAsync($"/section/{section.Slug}"))[english.Id]);
        Assert.Equal("3 تعليقات", (await client.CommentCountsOnAsync($"/ar/section/{section.Slug}"))[arabic.Id]);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("?ids=")]
    [InlineData("?ids=1,x")]
    [InlineData("?ids=-4")]
    [InlineData("?ids=99999999999")]
    public async Task CountsOfNoValidStoriesAreABadRequest(string query)
    {
        var response = await app.CreateClient().GetAsync("/comment-counts" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task CountsOfMoreStoriesThanAPageShowsAreABadRequest()
    {
        var ids = string.Join(',', Enumerable.Range(1, Magazine.Web.Comments.CommentCountQuery.MostStories + 1));

        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().GetAsync("/comment-counts?ids=" + ids)).StatusCode);
    }

    [SkippableFact]
    public async Task HeldCommentEvictsNothing()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var client = app.CreateClient();
        await WarmAsync(client, TestData.UrlOf(story));

        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "Spammer", BodyMarkdown = "buy", BodyHtml = "<p>buy</p>", Status = CommentStatus.Pending, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });

        Assert.True(FromCache(await client.GetAsync(TestData.UrlOf(story))));
    }

    [SkippableFact]
    public async Task EditedHeadlineShowsOnTheStoryAndItsListsWhileUnrelatedPagesStayCached()
    {
        var (sectionOfEdited, author) = await app.SectionAndAuthorAsync();
        var edited = await app.StoryAsync(sectionOfEdited, author);
        var unrelated = await OldStoryOffTheHomePageAsync();
        var client = app.CreateClient();
        var section = sectionOfEdited.Slug;
        await WarmAsync(client, TestData.UrlOf(edited), $"/section/{section}", TestData.UrlOf(unrelated));

        await app.WithDbAsync(async db =>
        {
            db.Articles.Find(edited.Id)!.Title = "Corrected headline " + edited.Id;
            await db.SaveChangesAsync();
        });

        Assert.Contains("Corrected headline " + edited.Id, await client.GetStringAsync(TestData.UrlOf(edited)));
        Assert.Contains("Corrected headline " + edited.Id, await client.GetStringAsync($"/section/{section}"));
        Assert.True(FromCache(await client.GetAsync(TestData.UrlOf(unrelated))));
    }

    [SkippableFact]
    public async Task AStoryPublishedFromTheEditorEntersItsCachedSectionPageAtOnce()
    {
        var (section, _) = await app.SectionAndAuthorAsync();
        var client = app.CreateClient();
        await WarmAsync(client, "/", $"/section/{section.Slug}");
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var title = "From the editor " + TestData.Unique("e");

        await editor.CreateStoryAsync(title, "Text.", "Publish", f => f["Form.CategoryId"] = section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(title, await client.GetStringAsync($"/section/{section.Slug}"));
        Assert.Contains(title, await client.GetStringAsync("/"));
    }

    [SkippableFact]
    public async Task PublishedStoryEntersHomeSectionAndItsNeighbourAtOnce()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (section, author) = await app.SectionAndAuthorAsync();
        var previous = await app.StoryAsync(section, author, publishedAt: now.AddSeconds(-30));
        var unrelated = await OldStoryOffTheHomePageAsync();
        var client = app.CreateClient();
        await WarmAsync(client, "/", $"/section/{section.Slug}", TestData.UrlOf(previous), TestData.UrlOf(unrelated));

        var draft = await app.StoryAsync(section, author, status: ArticleStatus.Draft, title: "Breaking " + TestData.Unique("b"));
        await app.WithDbAsync(async db =>
        {
            var story = db.Articles.Find(draft.Id)!;
            story.Status = ArticleStatus.Published;
            story.PublishedAt = now.AddSeconds(-10);
            await db.SaveChangesAsync();
        });

        Assert.Contains(draft.Title, await client.GetStringAsync("/"));
        Assert.Contains(draft.Title, await client.GetStringAsync($"/section/{section.Slug}"));
        Assert.Contains(draft.Title, await client.GetStringAsync(TestData.UrlOf(previous)));
        Assert.True(FromCache(await client.GetAsync(TestData.UrlOf(unrelated))));
    }

    [SkippableFact]
    public async Task UnpublishedStoryLeavesHomeAndSectionAtOnce()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, publishedAt: app.Clock.GetUtcNow().UtcDateTime.AddSeconds(-20), title: "Withdrawn " + TestData.Unique("w"));
        var client = app.CreateClient();
        await WarmAsync(client, "/", $"/section/{section.Slug}", TestData.UrlOf(story));

        await app.WithDbAsync(async db =>
        {
            db.Articles.Find(story.Id)!.Status = ArticleStatus.Draft;
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(story.Title, await client.GetStringAsync("/"));
        Assert.DoesNotContain(story.Title, await client.GetStringAsync($"/section/{section.Slug}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TestData.UrlOf(story))).StatusCode);
    }

    [SkippableFact]
    public async Task StoryMovedToAnotherSectionLeavesTheOldListAndEntersTheNew()
    {
        var (from, author) = await app.SectionAndAuthorAsync();
        var (to, _) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(from, author, title: "Moved " + TestData.Unique("m"));
        var client = app.CreateClient();
        await WarmAsync(client, $"/section/{from.Slug}", $"/section/{to.Slug}");

        await app.WithDbAsync(async db =>
        {
            db.Articles.Find(story.Id)!.CategoryId = to.Id;
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(story.Title, await client.GetStringAsync($"/section/{from.Slug}"));
        Assert.Contains(story.Title, await client.GetStringAsync($"/section/{to.Slug}"));
    }

    [SkippableFact]
    public async Task NewTagOnAStoryShowsOnTheTagPage()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var tagged = await app.StoryAsync(section, author, tags: "Harbour " + TestData.Word());
        var story = await app.StoryAsync(section, author, title: "Retagged " + TestData.Unique("r"));
        var tag = await app.WithDbAsync(db => db.ArticleTags.Where(t => t.ArticleId == tagged.Id).Select(t => t.Tag).FirstAsync());
        var client = app.CreateClient();
        await WarmAsync(client, $"/tag/{tag.Slug}");

        await app.WithDbAsync(async db =>
        {
            db.ArticleTags.Add(new ArticleTag { ArticleId = story.Id, TagId = tag.Id, SortOrder = 0 });
            await db.SaveChangesAsync();
        });

        Assert.Contains(story.Title, await client.GetStringAsync($"/tag/{tag.Slug}"));
    }

    [SkippableFact]
    public async Task SiteSettingsEvictEveryPage()
    {
        var story = await OldStoryOffTheHomePageAsync();
        var client = app.CreateClient();
        await WarmAsync(client, TestData.UrlOf(story), "/");
        var name = "Renamed " + TestData.Unique("n");

        await app.WithDbAsync(async db =>
        {
            (await db.SiteSettings.FirstAsync()).SiteName = name;
            await db.SaveChangesAsync();
        });

        foreach (var url in new[] { TestData.UrlOf(story), "/" })
        {
            var page = await client.GetAsync(url);
            Assert.False(FromCache(page));
            Assert.Contains(name, await page.Content.ReadAsStringAsync());
        }
    }

    /// <summary>
    /// A story far back in its own section, with newer stories around it and in its section,
    /// so no page but its own and its section's shows it.
    /// </summary>
    private async Task<Article> OldStoryOffTheHomePageAsync()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var at = app.Clock.GetUtcNow().UtcDateTime.AddDays(-1000 - Random.Shared.Next(15_000)).AddMinutes(Random.Shared.Next(1440));
        var story = await app.StoryAsync(section, author, publishedAt: at);
        await app.StoryAsync(section, author, publishedAt: at.AddMinutes(-1));
        for (var i = 1; i <= 11; i++)
        {
            await app.StoryAsync(section, author, publishedAt: at.AddMinutes(i));
        }
        return story;
    }

    /// <summary>Visits each page until it is answered from the cache.</summary>
    private static async Task WarmAsync(HttpClient client, params string[] urls)
    {
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            Assert.True(FromCache(await client.GetAsync(url)), $"{url} was not cached");
        }
    }
}

/// <summary>Every eviction above, with the pages in Redis: the shared store keeps the same precise tags.</summary>
public sealed class PreciseEvictionOnRedisTests : PreciseEvictionTests, IClassFixture<RedisCacheMarkingFactory>
{
    public PreciseEvictionOnRedisTests(RedisCacheMarkingFactory app)
        : base(app) => TestRedisServer.Program.SkipIfMissing();
}
