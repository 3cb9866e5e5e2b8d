using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

/// <summary>A fresh data folder with the demo magazine, as a newcomer's first run gives it.</summary>
public sealed class DemoSiteTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:SeedDemoContent", "true");

    [Fact]
    public async Task EveryLinkOnHomeAndOneLevelBelowResolves()
    {
        var client = _app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var firstLevel = LocalLinks(home).ToList();
        var checkedUrls = new HashSet<string>();
        var storyPages = 0;

        foreach (var url in firstLevel)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            checkedUrls.Add(url);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            if (page.QuerySelector("article.story") is not null)
            {
                storyPages++;
                Assert.Single(page.QuerySelectorAll("h1"));
                Assert.NotNull(page.QuerySelector("article.story time[datetime]"));
            }
            foreach (var link in LocalLinks(page).Where(checkedUrls.Add))
            {
                var status = (await client.GetAsync(link)).StatusCode;
                Assert.True(status == HttpStatusCode.OK, $"{link} (linked from {url}) answered {(int)status}");
            }
        }

        Assert.True(storyPages >= 6, $"only {storyPages} story pages linked from home");
    }

    [Fact]
    public async Task DemoContentHasArabicStoriesAndHeroImages()
    {
        var (arabic, withHero, sections, authors) = await _app.WithDbAsync(async db => await Task.FromResult((
            db.Articles.Count(a => a.Language == "ar"),
            db.Articles.Count(a => a.HeroImageUrl != null),
            db.Categories.Count(),
            db.Authors.Count())));

        Assert.True(arabic >= 2);
        Assert.True(withHero >= 4);
        Assert.True(sections >= 6);
        Assert.True(authors >= 2);
        var image = await _app.CreateClient().GetAsync("/images/demo/" + Path.GetFileName(
            await _app.WithDbAsync(db => Task.FromResult(db.Articles.First(a => a.HeroImageUrl != null).HeroImageUrl!))));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    private static IEnumerable<string> LocalLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[rel=stylesheet][href], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//"))
            .Select(h => h.Split('#')[0])
            .Where(h => h.Length > 0)
            .Distinct();

    [Fact]
    public async Task TheDemoHasItsIdentityAboutAndContactPagesAndATranslatedStoryInArabic()
    {
        var client = _app.CreateClient();

        var about = await client.GetDocumentAsync("/ar/about");
        var contact = await client.GetDocumentAsync("/ar/contact");
        var publishedAt = _app.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        var story = await client.GetDocumentAsync(Magazine.Web.ViewModels.StoryUrls.Article(publishedAt, "aleppo-covered-market-reopens", Magazine.Web.Hosting.Edition.English));

        Assert.Equal("دفتر المشرق", about.QuerySelector(".brand-name")?.TextContent);
        Assert.Equal("من نحن", about.QuerySelector("h1")?.TextContent);
        Assert.Equal("اتصل بنا", contact.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("/ar/", story.QuerySelector("a.edition-switch")?.GetAttribute("href"));
        Assert.NotEqual("/ar/", story.QuerySelector("a.edition-switch")?.GetAttribute("href"));
    }

    public void Dispose() => _app.Dispose();
}
