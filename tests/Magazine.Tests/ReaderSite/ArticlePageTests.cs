using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

public sealed class ArticlePageTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task ShowsHeadlineBylineTimesSectionTagsAndBody()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Bridges reopen over the Tigris", tags: ["Baghdad", "Transport"]);

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));

        var article = Assert.Single(page.QuerySelectorAll("main article.story"));
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Bridges reopen over the Tigris", h1.TextContent.Trim());
        Assert.NotNull(article.QuerySelector("time[datetime]"));
        Assert.Equal($"/author/{author.Slug}", article.QuerySelector(".byline a[rel=author]")?.GetAttribute("href"));
        Assert.Equal($"/section/{section.Slug}", article.QuerySelector(".kicker")?.GetAttribute("href"));
        Assert.Contains(article.QuerySelectorAll(".tags a"), a => a.GetAttribute("href") == "/tag/baghdad");
        Assert.Equal("A heading", article.QuerySelector(".prose h2")?.TextContent);
        Assert.Equal(2, article.QuerySelectorAll(".prose li").Length);
        Assert.Contains("min read", article.QuerySelector(".byline")?.TextContent);
        Assert.NotNull(page.QuerySelector("section#comments"));
        Assert.EndsWith(TestData.UrlOf(story), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Trashed)]
    public async Task ReturnsNotFoundForUnpublished(ArticleStatus status)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, status, publishedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-1));

        var response = await app.CreateClient().GetAsync(TestData.UrlOf(story));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ScheduledStoryAppearsOnceItsTimeHasPassed()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var publishAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var story = await app.StoryAsync(section, author, publishedAt: publishAt);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TestData.UrlOf(story))).StatusCode);
        var sectionBefore = await client.GetStringAsync($"/section/{section.Slug}");
        Assert.DoesNotContain(story.Title, sectionBefore);

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TestData.UrlOf(story))).StatusCode);
        Assert.Contains(story.Title, await client.GetStringAsync($"/section/{section.Slug}"));
    }

    [Fact]
    public async Task WrongMonthInAddressRedirectsToCanonical()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, publishedAt: new DateTime(2024, 3, 10, 12, 0, 0, DateTimeKind.Utc));

        var response = await app.CreateBrowserClient().GetAsync($"/2024/04/{story.Slug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/2024/03/{story.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LinksToNewerAndOlderStories()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        // Far in the past so no other test's story falls between them.
        var older = await app.StoryAsync(section, author, publishedAt: now.AddYears(-20).AddHours(-2));
        var middle = await app.StoryAsync(section, author, publishedAt: now.AddYears(-20).AddHours(-1));
        var newer = await app.StoryAsync(section, author, publishedAt: now.AddYears(-20));

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(middle));

        Assert.Equal(TestData.UrlOf(newer), page.QuerySelector(".story-nav a.newer")?.GetAttribute("href"));
        Assert.Equal(TestData.UrlOf(older), page.QuerySelector(".story-nav a.older")?.GetAttribute("href"));
    }

    [Fact]
    public async Task RelatedStoriesAreTheSectionsNewestWhileNeighboursFollowTheWholeArchive()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        // Far in the past so no other test's story falls between them; the neighbours of the
        // second-oldest are in its section but too old to be among its related stories.
        var stories = new List<Article>();
        for (var hour = 6; hour >= 1; hour--)
        {
            stories.Add(await app.StoryAsync(section, author, publishedAt: now.AddYears(-30).AddHours(-hour)));
        }

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(stories[1]));

        Assert.Equal(TestData.UrlOf(stories[2]), page.QuerySelector(".story-nav a.newer")?.GetAttribute("href"));
        Assert.Equal(TestData.UrlOf(stories[0]), page.QuerySelector(".story-nav a.older")?.GetAttribute("href"));
        var related = page.QuerySelectorAll(".related .card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([TestData.UrlOf(stories[5]), TestData.UrlOf(stories[4]), TestData.UrlOf(stories[3])], related);
    }

    [Fact]
    public async Task ArabicStoryIsSetRightToLeft()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "معرض الكتاب يعود إلى دمشق", language: "ar");

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));

        var article = page.QuerySelector("article.story")!;
        Assert.Equal("ar", article.GetAttribute("lang"));
        Assert.Equal("rtl", article.GetAttribute("dir"));
    }

    [Fact]
    public async Task UnknownSlugAnswersTheSiteNotFoundPage()
    {
        var response = await app.CreateClient().GetAsync("/2025/01/no-such-story");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }
}
