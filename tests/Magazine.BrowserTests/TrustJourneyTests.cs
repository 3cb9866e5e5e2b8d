using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Publishing;
using Magazine.Web.Readership;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>Corrections, the most-read lists and a live story, as readers of both editions see them.</summary>
public sealed class TrustJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly Actor Editor = new("journey-editor", "editor@example.com", IsEditor: true, IsAdmin: false);

    [SkippableFact]
    public Task ALiveStorysNewUpdateAppearsForAReaderWithoutAReloadInBothEditions() => session.JourneyAsync(async journey =>
    {
        foreach (var (slug, first, second, name) in new[]
        {
            ("yarmouk-water-talks-resume", "Delegations have arrived at the venue.", "Talks are under way, officials say.", "english"),
            ("baghdad-bridges-traffic-plan", "أُغلق الجسر المعلّق أمام السيارات صباح اليوم.", "أعيد فتح مسرب واحد للحافلات.", "arabic"),
        })
        {
            var (id, url) = await StoryAsync(slug);
            await WithFollowUpAsync(async followUp =>
            {
                await followUp.SetLiveAsync(id, true, CancellationToken.None);
                await followUp.AddLiveUpdateAsync(id, new LiveUpdateForm { Text = first }, Editor, CancellationToken.None);
            });
            var page = await journey.NewPageAsync(1280, 900);
            await page.OpenAsync(url);
            await Assertions.Expect(page.Locator(".live-updates li")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".live-follow")).ToBeVisibleAsync();
            await page.EvaluateAsync("() => { window.sameDocument = true; }");

            await WithFollowUpAsync(followUp => followUp.AddLiveUpdateAsync(id, new LiveUpdateForm { Text = second }, Editor, CancellationToken.None));

            // The page's script brings the new update in, on top, without reloading the page.
            await Assertions.Expect(page.Locator(".live-updates li").First).ToContainTextAsync(second);
            await Assertions.Expect(page.Locator(".live-updates li")).ToHaveCountAsync(2);
            Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded");
            Assert.Equal("LiveBlogPosting", await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent)['@type']).find(t => t !== 'BreadcrumbList')"));
            await page.Locator(".story-header").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"live-story-{name}.png") });
            await WithFollowUpAsync(followUp => followUp.SetLiveAsync(id, false, CancellationToken.None));
        }
        journey.AssertNoProblems();
    });

    [SkippableFact]
    public Task ACorrectedStoryShowsItsDatedCorrectionAndTheCorrectionsPageListsItInBothEditions() => session.JourneyAsync(async journey =>
    {
        var (arabicId, _) = await StoryAsync("hauran-wheat-farmers-rainy-winter");
        await WithFollowUpAsync(followUp => followUp.AddNoteAsync(arabicId,
            new NoteForm { Kind = StoryNoteKind.Correction, Text = "ذكرت نسخة سابقة من هذه القصة أن الأمطار بدأت في تشرين الأول، والصحيح أنها بدأت في تشرين الثاني." },
            Editor, CancellationToken.None));
        foreach (var (slug, name) in new[] { ("damascus-power-hours-extend", "english"), ("hauran-wheat-farmers-rainy-winter", "arabic") })
        {
            var (_, url) = await StoryAsync(slug);
            var page = await journey.NewPageAsync(1280, 900);
            await page.OpenAsync(url);
            var note = page.Locator(".story-note.correction");
            await Assertions.Expect(note).ToBeVisibleAsync();
            await note.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"corrected-story-{name}.png") });

            await page.Locator(".story-notes-more a").ClickAsync();
            await page.ArriveAtPathAsync(name == "arabic" ? "/ar/corrections" : "/corrections");
            await Assertions.Expect(page.Locator($".correction-story a[href*='{slug}']")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"corrections-page-{name}.png") });
        }
        journey.AssertNoProblems();
    });

    [SkippableFact]
    public Task TheHomePagesShowTheMostReadStoriesOfTheirEdition() => session.JourneyAsync(async journey =>
    {
        var views = new (string Slug, int Views)[]
        {
            ("damascus-power-hours-extend", 940), ("gulf-solar-battery-storage", 610), ("lebanon-ports-reconstruction-cargo", 380),
            ("damascus-book-fair-returns", 820), ("aleppo-textile-workshops-restart", 450), ("hauran-wheat-farmers-rainy-winter", 300),
        };
        await session.App.WithDbAsync(async db =>
        {
            var hour = StoryViewCount.HourOf(session.App.Clock.GetUtcNow());
            foreach (var (slug, count) in views)
            {
                var id = await db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
                db.StoryViewCounts.Add(new StoryViewCount { ArticleId = id, Hour = hour - 1, Views = count });
            }
            await db.SaveChangesAsync();
        });
        await session.App.Services.GetRequiredService<MostReadBoard>().RefreshAsync(CancellationToken.None);
        // Other journeys of this session may have left the lists, empty, in the page cache for a minute.
        await session.App.Services.GetRequiredService<Magazine.Web.Caching.ReaderCache>().InvalidateAsync();

        foreach (var (path, first, name) in new[] { ("/", "damascus-power-hours-extend", "english"), ("/ar/", "damascus-book-fair-returns", "arabic") })
        {
            var page = await journey.NewPageAsync(1280, 900);
            await page.OpenAsync(path);
            var list = page.Locator("#most-read-day + ol li a");
            var title = await session.App.WithDbAsync(db => db.Articles.Where(a => a.Slug == first).Select(a => a.Title).SingleAsync());
            await Assertions.Expect(list.First).ToHaveTextAsync(title);
            var block = page.Locator(".most-read");
            await block.ScrollIntoViewIfNeededAsync();
            await block.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"most-read-{name}.png") });
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"most-read-home-{name}.png") });
        }
        journey.AssertNoProblems();
    });

    private async Task<(int Id, string Url)> StoryAsync(string slug)
    {
        var story = await session.App.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.PublishedAt, a.Language }).SingleAsync());
        return (story.Id, StoryUrls.Article(story.PublishedAt!.Value, slug, Edition.ForLanguage(story.Language)));
    }

    private async Task WithFollowUpAsync(Func<StoryFollowUp, Task> work)
    {
        using var scope = session.App.Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<StoryFollowUp>());
    }
}
