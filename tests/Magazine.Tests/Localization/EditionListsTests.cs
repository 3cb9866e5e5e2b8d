using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;

namespace Magazine.Tests.Localization;

/// <summary>Each edition lists its own language: home, feed and news sitemap (the default hides untranslated stories).</summary>
public sealed class EditionListsTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    internal static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    internal static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    internal static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>An English story with an Arabic translation, an English one without, and an Arabic one without.</summary>
    internal static async Task<(Article Translated, Article Translation, Article EnglishAlone, Article ArabicAlone)> EditionsAsync(MagazineFactory app)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var translated = await app.StoryAsync(section, author, title: "Translated " + TestData.Word());
        var translation = await app.StoryAsync(section, author, language: "ar", title: "مترجمة " + TestData.ArabicWord());
        var englishAlone = await app.StoryAsync(section, author, title: "Alone " + TestData.Word());
        var arabicAlone = await app.StoryAsync(section, author, language: "ar", title: "وحيدة " + TestData.ArabicWord());
        await app.WithDbAsync(async db =>
        {
            foreach (var story in db.Articles.Where(a => a.Id == translated.Id || a.Id == translation.Id))
            {
                story.TranslationGroupId = translated.Id;
            }
            await db.SaveChangesAsync();
        });
        return (translated, translation, englishAlone, arabicAlone);
    }

    internal static async Task<List<string>> HeadlinesAsync(HttpClient client, string home) =>
        (await client.GetDocumentAsync(home)).QuerySelectorAll("main a[href]").Select(a => a.TextContent.Trim()).ToList();

    internal static async Task<XDocument> XmlAsync(HttpClient client, string url) =>
        XDocument.Parse(await (await client.GetAsync(url)).Content.ReadAsStringAsync());

    [Fact]
    public async Task EachEditionsHomeFeedAndNewsSitemapHoldOnlyItsLanguage()
    {
        var (translated, translation, englishAlone, arabicAlone) = await EditionsAsync(app);
        var client = app.CreateClient();

        var englishHome = await HeadlinesAsync(client, "/");
        var arabicHome = await HeadlinesAsync(client, "/ar/");
        var englishFeed = (await XmlAsync(client, "/feed")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        var arabicFeed = (await XmlAsync(client, "/ar/feed")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        var englishNews = (await XmlAsync(client, "/sitemap-news.xml")).Descendants(News + "title").Select(t => t.Value).ToList();
        var arabicNews = await XmlAsync(client, "/ar/sitemap-news.xml");

        foreach (var english in new[] { englishHome, englishFeed, englishNews })
        {
            Assert.Contains(translated.Title, english);
            Assert.Contains(englishAlone.Title, english);
            Assert.DoesNotContain(translation.Title, english);
            Assert.DoesNotContain(arabicAlone.Title, english);
        }
        foreach (var arabic in new[] { arabicHome, arabicFeed, arabicNews.Descendants(News + "title").Select(t => t.Value).ToList() })
        {
            Assert.Contains(translation.Title, arabic);
            Assert.Contains(arabicAlone.Title, arabic);
            Assert.DoesNotContain(translated.Title, arabic);
            Assert.DoesNotContain(englishAlone.Title, arabic);
        }
        Assert.All(arabicNews.Descendants(News + "language"), l => Assert.Equal("ar", l.Value));
        Assert.Contains(arabicNews.Descendants(Sitemap + "loc"), l => new Uri(l.Value).AbsolutePath == StoryUrls.Article(translation.PublishedAt!.Value, translation.Slug, Edition.Arabic));
    }

    [Fact]
    public async Task SectionPagesListTheEditionsLanguage()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var english = await app.StoryAsync(section, author);
        var arabic = await app.StoryAsync(section, author, language: "ar", title: "قسم " + TestData.ArabicWord());

        var arabicPage = await HeadlinesAsync(app.CreateClient(), $"/ar/section/{section.Slug}");

        Assert.Contains(arabic.Title, arabicPage);
        Assert.DoesNotContain(english.Title, arabicPage);
    }
}

/// <summary>A newsroom that shows its untranslated stories in the other edition too.</summary>
public sealed class UntranslatedShownFactory : MagazineFactory
{
    public UntranslatedShownFactory() => With("Magazine:Editions:Untranslated", "Show");
}

public sealed class UntranslatedStoriesShownTests(UntranslatedShownFactory app) : IClassFixture<UntranslatedShownFactory>
{
    [Fact]
    public async Task UntranslatedStoriesShowInTheOtherEditionMarkedWithTheirLanguage()
    {
        var (translated, translation, englishAlone, arabicAlone) = await EditionListsTests.EditionsAsync(app);
        var client = app.CreateClient();

        var arabicHome = await client.GetDocumentAsync("/ar/");
        var headlines = arabicHome.QuerySelectorAll("main a[href]").Select(a => a.TextContent.Trim()).ToList();
        var arabicFeed = await EditionListsTests.XmlAsync(client, "/ar/feed");
        var arabicNews = await EditionListsTests.XmlAsync(client, "/ar/sitemap-news.xml");
        var englishHome = await EditionListsTests.HeadlinesAsync(client, "/");

        Assert.Contains(englishAlone.Title, headlines);
        Assert.DoesNotContain(translated.Title, headlines);
        var card = arabicHome.QuerySelectorAll("article.card").First(c => c.TextContent.Contains(englishAlone.Title));
        Assert.Equal("بالإنجليزية", card.QuerySelector(".language-mark")?.TextContent);
        Assert.Equal("en", card.GetAttribute("lang"));
        var entry = arabicFeed.Root!.Elements(EditionListsTests.Atom + "entry")
            .Single(e => e.Element(EditionListsTests.Atom + "title")!.Value == englishAlone.Title);
        Assert.Equal("en", entry.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.DoesNotContain(arabicFeed.Root.Elements(EditionListsTests.Atom + "entry"), e => e.Element(EditionListsTests.Atom + "title")!.Value == translated.Title);
        var news = arabicNews.Root!.Elements(EditionListsTests.Sitemap + "url")
            .Single(u => u.Descendants(EditionListsTests.News + "title").Single().Value == englishAlone.Title);
        Assert.Equal("en", news.Descendants(EditionListsTests.News + "language").Single().Value);
        Assert.Contains(arabicAlone.Title, englishHome);
        Assert.DoesNotContain(translation.Title, englishHome);
    }
}
