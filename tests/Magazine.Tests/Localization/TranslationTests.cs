using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Localization;

/// <summary>Stories linked to their translation: the language switch, hreflang on pages and in the sitemap.</summary>
public sealed class TranslationTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private async Task<(Article English, Article Arabic)> PairAsync()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var english = await app.StoryAsync(section, author);
        var arabic = await app.StoryAsync(section, author, language: "ar", title: "ترجمة " + TestData.ArabicWord());
        await app.WithDbAsync(async db =>
        {
            foreach (var story in await db.Articles.Where(a => a.Id == english.Id || a.Id == arabic.Id).ToListAsync())
            {
                story.TranslationGroupId = english.Id;
            }
            await db.SaveChangesAsync();
        });
        return (english, arabic);
    }

    private static string EnglishUrl(Article story) => StoryUrls.Article(story.PublishedAt!.Value, story.Slug, Edition.English);
    private static string ArabicUrl(Article story) => StoryUrls.Article(story.PublishedAt!.Value, story.Slug, Edition.Arabic);

    private static Dictionary<string, string> Alternates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);

    [Fact]
    public async Task TwoLinkedStoriesSwitchToEachOtherWithHreflangPairsOnBoth()
    {
        var (english, arabic) = await PairAsync();
        var client = app.CreateClient();

        var englishPage = await client.GetDocumentAsync(EnglishUrl(english));
        var arabicPage = await client.GetDocumentAsync(englishPage.QuerySelector("a.edition-switch")!.GetAttribute("href")!);
        var back = arabicPage.QuerySelector("a.edition-switch")!.GetAttribute("href");

        Assert.Equal(arabic.Title, arabicPage.QuerySelector("h1")?.TextContent);
        Assert.Equal(EnglishUrl(english), back);
        foreach (var page in new[] { englishPage, arabicPage })
        {
            var alternates = Alternates(page);
            Assert.Equal(3, alternates.Count);
            Assert.Equal(EnglishUrl(english), alternates["en"]);
            Assert.Equal(ArabicUrl(arabic), alternates["ar"]);
            Assert.Equal(EnglishUrl(english), alternates["x-default"]);
        }
        Assert.EndsWith(ArabicUrl(arabic), arabicPage.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AStoryWithoutATranslationNamesNoAlternatesAndSwitchesToTheOtherEditionsHome()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var alone = await app.StoryAsync(section, author);

        var page = await app.CreateClient().GetDocumentAsync(EnglishUrl(alone));

        Assert.Empty(Alternates(page));
        Assert.Equal("/ar/", page.QuerySelector("a.edition-switch")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AnUnpublishedTranslationIsNotNamedUntilItIsPublished()
    {
        var (english, arabic) = await PairAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Articles.FindAsync(arabic.Id))!.Status = ArticleStatus.Draft;
            await db.SaveChangesAsync();
        });
        var client = app.CreateClient();
        var before = await client.GetDocumentAsync(EnglishUrl(english));

        await app.WithDbAsync(async db =>
        {
            (await db.Articles.FindAsync(arabic.Id))!.Status = ArticleStatus.Published;
            await db.SaveChangesAsync();
        });
        var after = await client.GetDocumentAsync(EnglishUrl(english));

        Assert.Empty(Alternates(before));
        // The page was cached while the translation was a draft; publishing it evicted the page.
        Assert.Equal(ArabicUrl(arabic), Alternates(after)["ar"]);
    }

    [Fact]
    public async Task TheSitemapListsEachStoryOnceWithItsRealTranslationAsTheAlternate()
    {
        var (english, arabic) = await PairAsync();
        var (section, author) = await app.SectionAndAuthorAsync();
        var alone = await app.StoryAsync(section, author);

        var response = await app.CreateClient().GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = sitemap.Root!.Elements(Sitemap + "url")
            .ToLookup(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath);

        foreach (var own in new[] { EnglishUrl(english), ArabicUrl(arabic) })
        {
            var entry = Assert.Single(urls[own]);
            var links = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => new Uri(l.Attribute("href")!.Value).AbsolutePath);
            Assert.Equal(EnglishUrl(english), links["en"]);
            Assert.Equal(ArabicUrl(arabic), links["ar"]);
            Assert.Equal(EnglishUrl(english), links["x-default"]);
        }
        Assert.Empty(urls["/ar" + EnglishUrl(english)]);
        Assert.Empty(Assert.Single(urls[EnglishUrl(alone)]).Elements(Xhtml + "link"));
        Assert.Empty(urls[ArabicUrl(alone)]);
    }

    [Fact]
    public async Task TranslateInTheNewsroomMakesALinkedDraftInTheOtherLanguageBesideTheOriginal()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var original = await app.StoryAsync(section, author, body: "The original paragraph.");
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await editor.PostFormAsync($"/admin/stories/{original.Id}/translate", []);
        var again = await editor.PostFormAsync($"/admin/stories/{original.Id}/translate", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(response.Headers.Location, again.Headers.Location);
        var draftPage = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var draft = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.TranslationGroupId == original.Id && a.Id != original.Id));
        Assert.Equal("ar", draft.Language);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal(original.Id, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == original.Id).Select(a => a.TranslationGroupId).SingleAsync()));
        Assert.Contains("The original paragraph.", draftPage.QuerySelector(".translation-original pre")?.TextContent);
        var list = await editor.GetDocumentAsync("/admin/stories/drafts");
        var row = list.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelector("a")?.GetAttribute("href")?.EndsWith($"/{draft.Id}") == true);
        Assert.Equal("Translated into English", row.QuerySelector(".translated")?.TextContent.Trim());
    }

    [Fact]
    public async Task TranslatingAStoryThatDoesNotExistIsNotFound()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await editor.PostFormAsync("/admin/stories/999999/translate", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
