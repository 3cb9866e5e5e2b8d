using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Magazine.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

public sealed partial class NewsroomJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = BrowserSession.Password;

    private Task<string> CreateEditorAsync() => session.CreateAccountAsync(Roles.Editor, "Maya Editor");

    private static string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");

    [SkippableFact]
    public Task EditorWritesPreviewsAndPublishesAStoryThatReadersThenSee() => session.JourneyAsync(async journey =>
    {
        var email = await CreateEditorAsync();
        var headline = "Night trains return to the Hejaz line " + Guid.NewGuid().ToString("N")[..6];
        var image = Path.Combine(Path.GetTempPath(), $"hejaz-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(image, GradientPng.Paint(1200, 675));

        var page = await journey.NewPageAsync(1440, 1000);

        // Sign in: the newsroom sends an anonymous visitor to the sign-in page and back.
        await page.OpenAsync("/admin");
        Assert.EndsWith("/account/signin?ReturnUrl=%2Fadmin", page.Url);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin$"));
        Assert.Equal("Dashboard", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-dashboard"), FullPage = true });

        // Write: the address follows the headline, the preview follows the body.
        await page.GetByRole(AriaRole.Link, new() { Name = "Write a new story" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin/stories/new$"));
        await page.GetByLabel("Headline").FillAsync(headline);
        await Assertions.Expect(page.GetByLabel("Address (slug)")).ToHaveValueAsync(new Regex("^night-trains-return-to-the-hejaz-line-"));
        await page.GetByLabel("Standfirst").FillAsync("After fourteen years, sleeper cars run again between Damascus and Amman.");
        await page.GetByLabel("Body (Markdown)").FillAsync(
            "The first train left Kadem station at dusk.\n\n## What runs, and when\n\n- Damascus to Daraa, nightly\n- Daraa to Amman, on Fridays\n\n"
            + "Timetables are on the [railway's site](https://example.com/timetable).");
        await Assertions.Expect(page.Locator("#preview h2")).ToHaveTextAsync("What runs, and when");
        await Assertions.Expect(page.Locator("#preview li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#preview a[href='https://example.com/timetable']")).ToHaveTextAsync("railway's site");
        await page.GetByLabel("Upload a hero image").SetInputFilesAsync(image);
        await page.GetByLabel("Hero image description (alt text)").FillAsync("A night train at a platform under orange lamps");
        await page.GetByLabel("Tags").FillAsync("Railways, Damascus");
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-editor"), FullPage = true });

        // Publish.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/admin/stories/\d+$"));
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Published");
        await Assertions.Expect(page.Locator(".status-line .badge")).ToHaveTextAsync("Published");
        await Assertions.Expect(page.Locator("img.hero-thumb")).ToHaveAttributeAsync("src", new Regex("^/media/[0-9a-f]{20}-1200x675\\.webp$"));
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-published"), FullPage = false });

        // Read: a fresh browser without the newsroom's cookie finds it from the home page.
        var reader = await journey.NewPageAsync(1280, 900);
        await reader.OpenAsync("/");
        var link = reader.GetByRole(AriaRole.Link, new() { Name = headline, Exact = true }).First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await reader.ArriveAtAsync(new Regex(@"/\d{4}/\d{2}/night-trains-return-to-the-hejaz-line-"));
        Assert.Equal(headline, (await reader.Locator("h1").InnerTextAsync()).Trim());
        await Assertions.Expect(reader.Locator("article.story .prose h2")).ToHaveTextAsync("What runs, and when");
        await Assertions.Expect(reader.Locator("article.story .prose li")).ToHaveCountAsync(2);
        await Assertions.Expect(reader.Locator("article.story .prose a[href='https://example.com/timetable']")).ToBeVisibleAsync();
        var hero = reader.Locator("figure.hero img");
        await Assertions.Expect(hero).ToHaveAttributeAsync("alt", "A night train at a platform under orange lamps");
        // The browser picks one of the sizes made at upload; whichever it is, it is a processed WebP that loaded.
        await Assertions.Expect(hero).ToHaveAttributeAsync("srcset", new Regex(@"^/media/[0-9a-f]{20}-320\.webp 320w, .* 1200w$"));
        Assert.True(await hero.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0 && /\\/media\\/[0-9a-f]{20}-[0-9x]+\\.webp$/.test(img.currentSrc)"),
            "the uploaded hero image did not load");
        await reader.ScreenshotAsync(new() { Path = Shot("newsroom-story-as-reader"), FullPage = false });

        journey.AssertNoProblems();
        File.Delete(image);
    });

    [SkippableFact]
    public Task ArabicStoryTurnsTheEditorRightToLeft() => session.JourneyAsync(async journey =>
    {
        var email = await CreateEditorAsync();
        var page = await journey.NewPageAsync(1280, 900);
        await page.OpenAsync("/account/signin?ReturnUrl=%2Fadmin%2Fstories%2Fnew");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin/stories/new$"));

        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await page.GetByLabel("Headline").FillAsync("عودة قطارات الليل إلى خط الحجاز");
        await page.GetByLabel("Body (Markdown)").FillAsync("## ما الذي يسير\n\nقطار كل ليلة.");

        await Assertions.Expect(page.GetByLabel("Body (Markdown)")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("#preview")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("#preview h2")).ToHaveTextAsync("ما الذي يسير");
        await Assertions.Expect(page.GetByLabel("Address (slug)")).ToHaveValueAsync("عودة-قطارات-الليل-إلى-خط-الحجاز");
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-editor-arabic"), FullPage = false });
    });

    [SkippableFact]
    public Task TheArabicNewsroomMirrorsAtDesktopWidth() => session.JourneyAsync(async journey =>
    {
        var email = await CreateEditorAsync();
        var page = await journey.NewPageAsync(1440, 1000);

        await page.OpenAsync("/ar/admin");
        await page.Locator("main input[name=Email]").FillAsync(email);
        await page.Locator("main input[name=Password]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync(new Regex("/ar/admin$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("لوحة المتابعة");
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-dashboard-arabic"), FullPage = true });

        // The story editor of a published story, reached through the Arabic lists; the live preview posts within the edition.
        await page.OpenAsync("/ar/admin/stories/published");
        await page.Locator("table.table tbody a").First.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/ar/admin/stories/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("تعديل القصة");
        await page.Locator("textarea[name=\"Form.BodyMarkdown\"]").FillAsync("## معاينة\n\nفقرة.");
        await Assertions.Expect(page.Locator("#preview h2").First).ToHaveTextAsync("معاينة");
        await page.ScreenshotAsync(new() { Path = Shot("newsroom-editor-arabic-edition"), FullPage = true });

        journey.AssertNoProblems();
    });
}
