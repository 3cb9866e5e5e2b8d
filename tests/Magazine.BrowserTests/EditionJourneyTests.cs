using Microsoft.Playwright;

namespace Magazine.BrowserTests;

public sealed class EditionJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public Task ReaderSwitchesToTheArabicEditionAndBackOnAPhone() => session.JourneyAsync(async journey =>
    {
        const int width = 360;
        var page = await journey.NewPageAsync(width, 740);

        await page.OpenAsync("/");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "edition-english-phone.png"), FullPage = false });

        await page.ClickAsync("a.edition-switch");
        await page.ArriveAtPathAsync("/ar/");
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("الرئيسية", (await page.Locator(".site-nav a").First.InnerTextAsync()).Trim());
        await AssertNoSidewaysScrollAsync(page, width);
        // Mirrored: in the Arabic edition the search box sits at the right, the language switch at the left.
        var search = await page.Locator(".search-form").BoundingBoxAsync();
        var language = await page.Locator("a.edition-switch").BoundingBoxAsync();
        Assert.True(search!.X + search.Width > language!.X + language.Width, "the search form should be right of the language switch");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "edition-arabic-phone.png"), FullPage = false });

        await page.Locator(".lead-title a").ClickAsync();
        await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex(@"/ar/\d{4}/\d{2}/"));
        await AssertNoSidewaysScrollAsync(page, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "edition-arabic-story-phone.png"), FullPage = false });

        await page.FillAsync("#site-search", "حَلَب");
        await page.PressAsync("#site-search", "Enter");
        await page.ArriveAtPathAsync("/ar/search");
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "edition-arabic-search-phone.png"), FullPage = false });

        await page.ClickAsync("a.edition-switch");
        await page.ArriveAtPathAsync("/search");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("حَلَب", await page.InputValueAsync("#search-query"));
        journey.AssertNoProblems();
    });

    [SkippableFact]
    public Task ReaderSwitchesFromAStoryToItsArabicTranslationAtPhoneAndDesktopWidth() => session.JourneyAsync(async journey =>
    {
        foreach (var (width, height, name) in new[] { (360, 740, "phone"), (1280, 900, "desktop") })
        {
            var page = await journey.NewPageAsync(width, height);
            await page.OpenAsync("/2026/11/aleppo-covered-market-reopens");
            await page.ClickAsync("a.edition-switch");
            await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex(@"/ar/\d{4}/\d{2}/"));

            Assert.Equal("سوق حلب المسقوف يفتح أقواسه الحجرية من جديد", (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            Assert.EndsWith("/2026/11/aleppo-covered-market-reopens", await page.GetAttributeAsync("link[rel=alternate][hreflang=en]", "href"));
            Assert.Equal("/2026/11/aleppo-covered-market-reopens", await page.GetAttributeAsync("a.edition-switch", "href"));
            // The Arabic typeface was fetched from the site and is in use.
            Assert.True(await page.EvaluateAsync<bool>(
                "async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.replaceAll('\"', '') === 'Magazine Naskh' && f.status === 'loaded'); }"),
                "the page should have loaded the Naskh face");
            await AssertNoSidewaysScrollAsync(page, width);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"edition-arabic-translation-{name}.png") });

            await page.OpenAsync("/ar/");
            await AssertNoSidewaysScrollAsync(page, width);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"edition-arabic-home-{name}.png"), FullPage = true });
        }
        journey.AssertNoProblems();
    });

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"page is {scrollWidth}px wide in a {width}px viewport");
    }
}
