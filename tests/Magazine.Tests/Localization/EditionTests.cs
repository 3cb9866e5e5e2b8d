using System.Net;
using Magazine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Localization;

public sealed class EditionTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task TheHomePageNamesItsArabicAlternateWhichIsRightToLeftAndInArabic()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var alternate = home.QuerySelector("link[rel=alternate][hreflang=ar]")!.GetAttribute("href")!;

        var arabic = await client.GetDocumentAsync(new Uri(alternate).PathAndQuery);

        Assert.Equal("/ar/", new Uri(alternate).AbsolutePath);
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("انتقل إلى المحتوى", arabic.QuerySelector(".skip-link")?.TextContent);
        Assert.Equal("الرئيسية", arabic.QuerySelector(".site-nav a")?.TextContent);
        Assert.Equal("بحث", arabic.QuerySelector(".search-form button")?.TextContent);
        Assert.EndsWith("/", arabic.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        Assert.Equal("ltr", home.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task TheLanguageSwitchLeadsToTheSamePageInTheOtherEdition()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author);
        var client = app.CreateClient();

        var english = await client.GetDocumentAsync($"/section/{section.Slug}");
        var toArabic = english.QuerySelector("a.edition-switch")!;
        var arabic = await client.GetDocumentAsync(toArabic.GetAttribute("href")!);
        var toEnglish = arabic.QuerySelector("a.edition-switch")!;

        Assert.Equal($"/ar/section/{section.Slug}", toArabic.GetAttribute("href"));
        Assert.Equal("ar", toArabic.GetAttribute("hreflang"));
        Assert.Equal("العربية", toArabic.TextContent);
        Assert.Equal($"/section/{section.Slug}", toEnglish.GetAttribute("href"));
        Assert.Equal("English", toEnglish.TextContent);
    }

    [Fact]
    public async Task LinksInTheArabicEditionStayInIt()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author);

        var page = await app.CreateClient().GetDocumentAsync($"/ar/section/{section.Slug}");

        var internalLinks = page.QuerySelectorAll("main a[href^='/'], header a[href^='/'], footer a[href^='/']")
            .Where(a => !a.ClassList.Contains("edition-switch"))
            .Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, href => Assert.StartsWith("/ar/", href));
        Assert.Equal("/ar/search", page.QuerySelector("form.search-form")?.GetAttribute("action"));
        Assert.EndsWith($"/ar/section/{section.Slug}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task EachStoryKeepsItsOwnLanguageAndDirectionInEitherEdition()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var arabicStory = await app.StoryAsync(section, author, language: "ar", title: "خبر عربي " + TestData.ArabicWord());
        var englishStory = await app.StoryAsync(section, author);

        var inEnglish = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(arabicStory));
        var inArabic = await app.CreateClient().GetDocumentAsync("/ar" + TestData.UrlOf(englishStory));

        var arabicArticle = inEnglish.QuerySelector("article.story")!;
        Assert.Equal("ar", arabicArticle.GetAttribute("lang"));
        Assert.Equal("rtl", arabicArticle.GetAttribute("dir"));
        Assert.Equal("ltr", inEnglish.DocumentElement.GetAttribute("dir"));
        var englishArticle = inArabic.QuerySelector("article.story")!;
        Assert.Equal("en", englishArticle.GetAttribute("lang"));
        Assert.Equal("ltr", englishArticle.GetAttribute("dir"));
        Assert.Equal("rtl", inArabic.DocumentElement.GetAttribute("dir"));
        // The byline is interface text: in the edition's language even inside a story in the other.
        Assert.Equal("ar", englishArticle.QuerySelector(".byline")?.GetAttribute("lang"));
        Assert.StartsWith("بقلم", englishArticle.QuerySelector(".byline")?.TextContent.Trim());
    }

    [Fact]
    public async Task DatesAndCountsAreWrittenForTheEditionsCulture()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, publishedAt: new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc));

        var english = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));
        var arabic = await app.CreateClient().GetDocumentAsync("/ar" + TestData.UrlOf(story));

        Assert.Contains("January 2025", english.QuerySelector(".byline time")?.TextContent);
        // Levantine month names by default (Magazine:Editions:ArabicMonthNames).
        Assert.Contains("كانون الثاني 2025", arabic.QuerySelector(".byline time")?.TextContent);
        Assert.Contains("min read", english.QuerySelector(".byline")?.TextContent);
        Assert.Contains("دقيقة قراءة", arabic.QuerySelector(".byline")?.TextContent);
    }

    [Fact]
    public async Task SectionsHaveArabicNamesInTheArabicEdition()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Categories.FindAsync(section.Id);
            stored!.ArabicName = "قسم تجريبي";
            await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<Magazine.Web.Hosting.SiteIdentityProvider>().Invalidate();
        await app.StoryAsync(section, author);

        var arabic = await app.CreateClient().GetDocumentAsync($"/ar/section/{section.Slug}");
        var english = await app.CreateClient().GetDocumentAsync($"/section/{section.Slug}");

        Assert.Equal("قسم تجريبي", arabic.QuerySelector("h1")?.TextContent);
        Assert.Contains(arabic.QuerySelectorAll(".site-nav a"), a => a.TextContent == "قسم تجريبي");
        Assert.Equal(section.Name, english.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task ErrorPagesAreInTheEditionsLanguage()
    {
        var response = await app.CreateClient().GetAsync("/ar/no-such-page");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الصفحة غير موجودة", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("/ar/", page.QuerySelector(".error-page a")?.GetAttribute("href"));
        Assert.EndsWith("/no-such-page", page.QuerySelector("a.edition-switch")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/ar")]
    [InlineData("/AR/")]
    [InlineData("/ar/latest")]
    [InlineData("/ar/search?q=x")]
    public async Task EveryReaderPageIsServedUnderTheArabicPrefix(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheCacheKeepsTheEditionsApart()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var client = app.CreateClient();

        await client.GetStringAsync(TestData.UrlOf(story));
        await client.GetStringAsync("/ar" + TestData.UrlOf(story));
        var english = await client.GetDocumentAsync(TestData.UrlOf(story));
        var arabic = await client.GetDocumentAsync("/ar" + TestData.UrlOf(story));

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AnAddressThatOnlyBeginsLikeThePrefixIsNotTheArabicEdition()
    {
        var response = await app.CreateClient().GetAsync("/arabic");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}
