using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;

namespace Magazine.BrowserTests;

/// <summary>Unicode direction controls in user text stay inside it, as Chromium lays the page out.</summary>
public sealed class DirectionJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public Task AHeadlineWithAnUnclosedRightToLeftOverrideDoesNotReorderTheTextAroundIt() => session.JourneyAsync(async journey =>
    {
        var app = session.App;
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Authors.FindAsync(author.Id))!.DisplayName = "Rami \u202EHaddad";
            await db.SaveChangesAsync();
        });
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var older = await app.StoryAsync(section, author, publishedAt: now.AddMinutes(-30));
        var newer = await app.StoryAsync(section, author, title: "Harbour \u202Ereopens after repairs", publishedAt: now.AddMinutes(-20));
        var page = await journey.NewPageAsync(1280, 900);

        await page.OpenAsync(StoryUrls.Article(older.PublishedAt!.Value, older.Slug, Edition.English));

        // The newer story's link: its label above its headline, both from the left edge of the box.
        var label = await page.Locator("a.newer > span").BoundingBoxAsync();
        var headline = await page.Locator("a.newer > strong").BoundingBoxAsync();
        Assert.True(label!.Y + label.Height <= headline!.Y + 1, "the override in the headline moved its label");
        Assert.True(Math.Abs(label.X - headline.X) < 2, "the headline should start where its label starts");
        // The byline: "By", the author's name (holding an override of its own), then the date.
        var name = await page.Locator(".byline a[rel=author]").BoundingBoxAsync();
        var date = await page.Locator(".byline time").First.BoundingBoxAsync();
        Assert.True(name!.X + name.Width <= date!.X + 1, "the override in the author's name moved the date");
        // The override still works inside its own text: "Harbour" stays first, what follows the RLO is reversed.
        var harbour = await page.Locator("a.newer > strong").InnerTextAsync();
        Assert.StartsWith("Harbour", harbour);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "direction-unclosed-override.png") });

        // The same headline in a list (the section page), followed by its card's byline.
        await page.OpenAsync(StoryUrls.Section(section.Slug, Edition.English));
        var card = page.Locator("article.card").First;
        var cardAuthor = await card.Locator(".meta a").First.BoundingBoxAsync();
        var cardDate = await card.Locator(".meta time").BoundingBoxAsync();
        Assert.True(cardAuthor!.X + cardAuthor.Width <= cardDate!.X + 1, "the override in the author's name moved the card's date");

        // In the document title the headline is isolated and its override closed before the site's name.
        await page.OpenAsync(StoryUrls.Article(newer.PublishedAt!.Value, newer.Slug, Edition.English));
        Assert.StartsWith("\u2068Harbour \u202Ereopens after repairs\u202C\u2069 | ", await page.TitleAsync());
        journey.AssertNoProblems();
    });
}
