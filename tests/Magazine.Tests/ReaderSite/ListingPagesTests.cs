using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

public sealed class ListingPagesTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task SectionPageListsItsStoriesNewestFirstAndPaginates()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var stories = new List<Magazine.Core.Entities.Article>();
        for (var i = 0; i < 12; i++)
        {
            stories.Add(await app.StoryAsync(section, author, publishedAt: now.AddHours(-i - 1)));
        }
        var client = app.CreateClient();

        var first = await client.GetDocumentAsync($"/section/{section.Slug}");
        var nextLink = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        var second = await client.GetDocumentAsync(nextLink!);
        var secondByNumber = await client.GetDocumentAsync($"/section/{section.Slug}?page=2");
        var backLink = second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href");

        var firstTitles = first.QuerySelectorAll(".card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(stories.Take(10).Select(s => s.Title), firstTitles);
        Assert.StartsWith($"/section/{section.Slug}?page=2&before=", nextLink);
        Assert.Equal(stories.Skip(10).Select(s => s.Title), second.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal(stories.Skip(10).Select(s => s.Title), secondByNumber.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.Equal($"/section/{section.Slug}", backLink);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/section/{section.Slug}?page=3")).StatusCode);
    }

    [Fact]
    public async Task CursorPagesWalkForwardAndBackThroughAList()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var titles = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            titles.Add((await app.StoryAsync(section, author, publishedAt: now.AddHours(-i - 1))).Title);
        }
        var client = app.CreateClient();

        var seen = new List<string>();
        var pages = new List<string>();
        string? url = $"/section/{section.Slug}";
        while (url is not null)
        {
            pages.Add(url);
            var page = await client.GetDocumentAsync(url);
            seen.AddRange(page.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        var last = await client.GetDocumentAsync(pages[^1]);
        var backToSecond = await client.GetDocumentAsync(last.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!);

        Assert.Equal(titles, seen);
        Assert.Equal(3, pages.Count);
        Assert.Equal("Page 3", last.QuerySelector(".pager-current")?.TextContent);
        Assert.Equal(titles.Skip(10).Take(10), backToSecond.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task TagAndAuthorPagesListTheirStories()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var tagName = TestData.Unique("Topic");
        var tagged = await app.StoryAsync(section, author, tags: [tagName]);
        var untagged = await app.StoryAsync(section, author);
        var client = app.CreateClient();

        var tagPage = await client.GetStringAsync($"/tag/{Magazine.Core.Content.Slugs.From(tagName)}");
        var authorPage = await client.GetDocumentAsync($"/author/{author.Slug}");

        Assert.Contains(tagged.Title, tagPage);
        Assert.DoesNotContain(untagged.Title, tagPage);
        Assert.Equal(author.DisplayName, authorPage.QuerySelector("h1")?.TextContent);
        Assert.Equal(2, authorPage.QuerySelectorAll(".card").Length);
    }

    [Theory]
    [InlineData("/section/no-such-section")]
    [InlineData("/tag/no-such-tag")]
    [InlineData("/author/no-such-author")]
    public async Task UnknownSlugIsNotFound(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?page=-1", HttpStatusCode.NotFound)]
    [InlineData("?page=0", HttpStatusCode.NotFound)]
    [InlineData("?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("?page=99999999", HttpStatusCode.NotFound)]
    [InlineData("?page=99999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("?page=2", HttpStatusCode.NotFound)]
    [InlineData("?page=2&before=abc", HttpStatusCode.BadRequest)]
    [InlineData("?page=2&before=1-2&after=1-2", HttpStatusCode.BadRequest)]
    [InlineData("?page=2&before=99999999999999999999-1", HttpStatusCode.BadRequest)]
    [InlineData("?page=2&before=1-1", HttpStatusCode.NotFound)]
    public async Task BadPageNumbersAnswerClientErrors(string query, HttpStatusCode expected)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author);

        var response = await app.CreateClient().GetAsync($"/section/{section.Slug}{query}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("site-header", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MalformedAddressesNeverAnswerServerErrors()
    {
        var client = app.CreateClient();
        string[] urls =
        [
            "/section/%E0%A4%A",
            "/%ZZ/%%",
            "/" + new string('a', 3000),
            "/section/" + new string('x', 3000) + "?page=" + new string('9', 500),
            "/latest?page=-5",
            "/2026/13/slug",
            "/9999/01/slug",
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url} answered {(int)response.StatusCode}");
        }
    }
}
