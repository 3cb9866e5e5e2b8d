using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Discovery;

public sealed class FeedTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> GetFeedAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static XElement EntryFor(XDocument feed, string title) =>
        Assert.Single(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")?.Value == title);

    [Fact]
    public async Task TheHomePagesFeedLinkGivesAFeedWithAnEntryPerRecentStory()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Ferry timetable " + TestData.Word(), tags: ["Transport"]);
        var draft = await app.StoryAsync(section, author, ArticleStatus.Draft);
        var client = app.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var link = home.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!;
        var feed = await GetFeedAsync(new Uri(link.GetAttribute("href")!).PathAndQuery);

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.False(string.IsNullOrEmpty(root.Element(Atom + "title")?.Value));
        Assert.NotNull(root.Element(Atom + "id"));
        Assert.NotNull(root.Element(Atom + "updated"));
        Assert.EndsWith("/feed", root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entry = EntryFor(feed, story.Title);
        Assert.EndsWith(TestData.UrlOf(story), entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("http", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("tag:", entry.Element(Atom + "id")!.Value);
        Assert.Equal(story.PublishedAt!.Value, DateTime.Parse(entry.Element(Atom + "published")!.Value).ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.NotNull(entry.Element(Atom + "updated"));
        Assert.Equal(author.DisplayName, entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal(story.Dek, entry.Element(Atom + "summary")?.Value);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")?.Value);
        Assert.Contains("<h2", content.Value);
        Assert.DoesNotContain(root.Elements(Atom + "entry"), e => e.Element(Atom + "title")?.Value == draft.Title);
    }

    [Fact]
    public async Task AnyTextIsEscapedIntoValidXml()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var title = $"Tom & Jerry <script>\"quotes\" 'apostrophes' ]]> \u0001bell {TestData.Word()}";
        await app.StoryAsync(section, author, title: title, body: "Text with <b>bold</b>, an & sign and a ]]> sequence.\u0002");

        var feed = await GetFeedAsync("/feed");

        var entry = EntryFor(feed, title.Replace("\u0001", ""));
        Assert.Contains("<b>bold</b>", entry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public async Task ASectionFeedHoldsOnlyThatSectionsStoriesAndIsAnnouncedOnTheSectionPage()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var (other, _) = await app.SectionAndAuthorAsync();
        var mine = await app.StoryAsync(section, author);
        var theirs = await app.StoryAsync(other, author);

        var page = await app.CreateClient().GetDocumentAsync($"/section/{section.Slug}");
        var links = page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => new Uri(l.GetAttribute("href")!).AbsolutePath).ToList();
        var feed = await GetFeedAsync($"/section/{section.Slug}/feed");

        Assert.Equal(["/feed", $"/section/{section.Slug}/feed"], links);
        Assert.Contains(section.Name, feed.Root!.Element(Atom + "title")!.Value);
        EntryFor(feed, mine.Title);
        Assert.DoesNotContain(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")?.Value == theirs.Title);
    }

    [Fact]
    public async Task TheArabicEditionsFeedLinksToArabicEditionPages()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, language: "ar", title: "خبر " + TestData.ArabicWord());

        var feed = await GetFeedAsync("/ar/feed");

        Assert.Equal("ar", feed.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        var entry = EntryFor(feed, story.Title);
        Assert.Equal("ar", entry.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.EndsWith("/ar" + TestData.UrlOf(story), entry.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task AnUnknownSectionsFeedIsNotFound()
    {
        var response = await app.CreateClient().GetAsync("/section/no-such-section/feed");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
