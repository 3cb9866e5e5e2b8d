using Microsoft.Playwright;

namespace Magazine.BrowserTests;

public sealed class ReaderJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableTheory]
    [InlineData("phone", 360, 740)]
    [InlineData("desktop", 1366, 900)]
    public Task ReaderOpensHomeAndFollowsAStory(string name, int width, int height) => session.JourneyAsync(async journey =>
    {
        var page = await journey.NewPageAsync(width, height);

        await page.OpenAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"home-{name}.png"), FullPage = false });
        var leadLink = page.Locator(".lead-title a");
        var headline = (await leadLink.InnerTextAsync()).Trim();
        await leadLink.ClickAsync();
        await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex(@"/\d{4}/\d{2}/"));

        Assert.Equal(headline, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("article.story time[datetime]").First.IsVisibleAsync());
        Assert.True(await page.Locator("article.story .prose p").First.IsVisibleAsync());
        // Nothing may overflow the viewport sideways, on a phone least of all.
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"page is {scrollWidth}px wide in a {width}px viewport");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"story-{name}.png"), FullPage = true });
        journey.AssertNoProblems();
    }, $"{nameof(ReaderOpensHomeAndFollowsAStory)}-{name}");

    [SkippableFact]
    public Task KeyboardUserReachesContentThroughTheSkipLink() => session.JourneyAsync(async journey =>
    {
        var page = await journey.NewPageAsync(1024, 768);
        await page.OpenAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    });
}
