using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Discovery;

public sealed class SitemapTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    internal static async Task<XDocument> GetXmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Locations(XDocument sitemap) =>
        sitemap.Root!.Elements(Sitemap + "url").Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath).ToList();

    [Fact]
    public async Task ListsPublishedStoriesInBothEditionsWithLastModifiedAndAlternates()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var story = await app.StoryAsync(section, author, tags: ["Sitemap " + TestData.Word()]);
        var draft = await app.StoryAsync(section, author, ArticleStatus.Draft, publishedAt: now.AddDays(-1));
        var scheduled = await app.StoryAsync(section, author, publishedAt: now.AddDays(1));

        var sitemap = await GetXmlAsync(app.CreateClient(), "/sitemap.xml");

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locations = Locations(sitemap);
        Assert.Contains(TestData.UrlOf(story), locations);
        // A story is listed once, in its own language's edition.
        Assert.DoesNotContain("/ar" + TestData.UrlOf(story), locations);
        Assert.DoesNotContain(TestData.UrlOf(draft), locations);
        Assert.DoesNotContain(TestData.UrlOf(scheduled), locations);
        Assert.Contains("/", locations);
        Assert.Contains($"/section/{section.Slug}", locations);
        Assert.Contains($"/author/{author.Slug}", locations);
        Assert.Contains(locations, l => l.StartsWith("/tag/sitemap-", StringComparison.Ordinal));

        var entry = sitemap.Root.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith(TestData.UrlOf(story)) && !u.Element(Sitemap + "loc")!.Value.Contains("/ar/"));
        Assert.NotNull(entry.Element(Sitemap + "lastmod"));
        // Without a translation it has no alternates (see TranslationTests for a pair); a section has both editions.
        Assert.Empty(entry.Elements(Xhtml + "link"));
        var sectionEntry = sitemap.Root.Elements(Sitemap + "url").First(u => u.Element(Sitemap + "loc")!.Value.EndsWith($"/section/{section.Slug}"));
        Assert.Equal(["ar", "en", "x-default"], sectionEntry.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).Order());
    }

    [Fact]
    public async Task TheNewsSitemapListsOnlyTheLastTwoDaysInTheStorysOwnEdition()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var recent = await app.StoryAsync(section, author, publishedAt: now.AddHours(-5));
        var arabic = await app.StoryAsync(section, author, publishedAt: now.AddHours(-6), language: "ar", title: "خبر " + TestData.ArabicWord());
        var old = await app.StoryAsync(section, author, publishedAt: now.AddDays(-3));

        var news = await GetXmlAsync(app.CreateClient(), "/sitemap-news.xml");
        var arabicNews = await GetXmlAsync(app.CreateClient(), "/ar/sitemap-news.xml");

        // Each edition has its own news sitemap, of its own language's stories.
        var locations = Locations(news);
        Assert.Contains(TestData.UrlOf(recent), locations);
        Assert.DoesNotContain(TestData.UrlOf(arabic), locations);
        news = arabicNews;
        Assert.Contains("/ar" + TestData.UrlOf(arabic), Locations(news));
        Assert.DoesNotContain(TestData.UrlOf(old), locations);
        var entry = news.Root!.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith(TestData.UrlOf(arabic)));
        var item = entry.Element(News + "news")!;
        Assert.Equal("ar", item.Element(News + "publication")?.Element(News + "language")?.Value);
        Assert.False(string.IsNullOrEmpty(item.Element(News + "publication")?.Element(News + "name")?.Value));
        Assert.Equal(arabic.Title, item.Element(News + "title")?.Value);
        Assert.NotNull(item.Element(News + "publication_date"));
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapsAndKeepsCrawlersOutOfTheAdminArea()
    {
        var response = await app.CreateClient().GetAsync("/robots.txt");
        var robots = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = robots.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /ar/admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains(lines, l => l.StartsWith("Sitemap: http", StringComparison.Ordinal) && l.EndsWith("/sitemap.xml", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Sitemap: http", StringComparison.Ordinal) && l.EndsWith("/sitemap-news.xml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/ar/sitemap.xml")]
    [InlineData("/ar/robots.txt")]
    [InlineData("/sitemaps/nothing-1.xml")]
    [InlineData("/sitemaps/stories-0.xml")]
    [InlineData("/sitemaps/stories-999.xml")]
    public async Task SitemapsLiveOnlyAtTheRoot(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
    }
}

/// <summary>A site whose sitemap outgrows one file: here after 10 URLs (5 pages in two editions).</summary>
public sealed class SitemapIndexTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:SitemapUrlsPerFile", "10");

    [Fact]
    public async Task ALargeArchiveGetsAnIndexOverFilesWithinTheLimitThatTogetherListEveryStory()
    {
        var (section, author) = await _app.SectionAndAuthorAsync();
        var stories = new List<Article>();
        for (var i = 0; i < 12; i++)
        {
            stories.Add(await _app.StoryAsync(section, author, publishedAt: _app.Clock.GetUtcNow().UtcDateTime.AddHours(-i - 1)));
        }
        var client = _app.CreateClient();

        var index = await SitemapTests.GetXmlAsync(client, "/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).AbsolutePath).ToList();
        Assert.Contains("/sitemaps/stories-3.xml", files);
        var listed = new List<string>();
        foreach (var file in files)
        {
            var part = await SitemapTests.GetXmlAsync(client, file);
            var urls = part.Root!.Elements(Sitemap + "url").ToList();
            Assert.InRange(urls.Count, 1, 10);
            listed.AddRange(urls.Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath));
        }
        Assert.All(stories, s => Assert.Contains(TestData.UrlOf(s), listed));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    public void Dispose() => _app.Dispose();
}
