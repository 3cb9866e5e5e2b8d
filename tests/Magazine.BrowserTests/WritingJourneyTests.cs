using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// The newsroom as a writing screen: nothing typed is lost, images go in from inside the
/// editor, a private preview link, a question before leaving, and stories found by filters.
/// </summary>
public sealed class WritingJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");

    private async Task<IPage> SignedInAsync(Journey journey, string role, string name, string returnUrl, int width = 1440, int height = 1000)
    {
        var email = await session.CreateAccountAsync(role, name);
        var page = await journey.NewPageAsync(width, height);
        await page.OpenAsync("/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtPathAsync(returnUrl);
        return page;
    }

    /// <summary>A draft saved through the editor; returns its id.</summary>
    private static async Task<int> SaveDraftAsync(IPage page, string headline, string body)
    {
        await page.OpenAsync("/admin/stories/new");
        await page.GetByLabel("Headline").FillAsync(headline);
        await page.GetByLabel("Body (Markdown)").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/admin/stories/\d+$"));
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Saved");
        return int.Parse(new Uri(page.Url).Segments[^1]);
    }

    [SkippableFact]
    public Task TextTypedAndLeftUnsavedIsOfferedBackAndReachesTheServer() => session.JourneyAsync(async journey =>
    {
        var page = await SignedInAsync(journey, Roles.Writer, "Salma Writer", "/admin/stories");
        var id = await SaveDraftAsync(page, "Ferry strike " + Guid.NewGuid().ToString("N")[..6], "The ferries stopped at noon.");
        var typed = " Crews say talks resume on Sunday " + Guid.NewGuid().ToString("N")[..6] + ".";

        // Type, then close the tab at once, without saving.
        var body = page.GetByLabel("Body (Markdown)");
        await body.PressAsync("End");
        await body.PressSequentiallyAsync(typed);
        await page.CloseAsync();

        // Reopen: the text is offered back (kept by this browser, or by the server's autosave if it was quick).
        var reopened = await page.Context.NewPageAsync();
        await reopened.GotoAsync($"/admin/stories/{id}");
        var offer = reopened.Locator(".recover:visible").First;
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await reopened.ScreenshotAsync(new() { Path = Shot("editor-unsaved-text-offered"), FullPage = false });
        var keptByBrowser = await reopened.Locator("#recover-local").IsVisibleAsync();
        if (keptByBrowser)
        {
            await reopened.GetByRole(AriaRole.Button, new() { Name = "Put it back" }).ClickAsync();
        }
        else
        {
            await reopened.GetByRole(AriaRole.Link, new() { Name = "Put my unsaved text back" }).ClickAsync();
        }
        await Assertions.Expect(reopened.GetByLabel("Body (Markdown)")).ToHaveValueAsync("The ferries stopped at noon." + typed);

        // After the autosave interval the server has it too: beside the story, not as a revision.
        if (keptByBrowser)
        {
            await Assertions.Expect(reopened.Locator(".autosave-status")).ToContainTextAsync("Draft copy kept");
        }
        var kept = await session.App.WithDbAsync(db => db.StoryAutosaves.AsNoTracking().Where(a => a.ArticleId == id).Select(a => a.BodyMarkdown).SingleAsync());
        Assert.Equal("The ferries stopped at noon." + typed, kept);
        Assert.Equal(1, await session.App.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));

        // Leaving with changes that were not saved asks first.
        await reopened.GetByLabel("Body (Markdown)").PressAsync("End");
        await reopened.GetByLabel("Body (Markdown)").PressSequentiallyAsync(" More.");
        string? asked = null;
        reopened.Dialog += async (_, dialog) =>
        {
            asked = dialog.Type;
            await dialog.AcceptAsync();
        };
        await reopened.GotoAsync("/admin");
        Assert.Equal("beforeunload", asked);
    });

    [SkippableFact]
    public Task AnImagePastedIntoTheBodyIsUploadedDescribedAndInserted() => session.JourneyAsync(async journey =>
    {
        var page = await SignedInAsync(journey, Roles.Writer, "Omar Writer", "/admin/stories/new");
        await page.GetByLabel("Headline").FillAsync("Harbour lights " + Guid.NewGuid().ToString("N")[..6]);
        var body = page.GetByLabel("Body (Markdown)");
        await body.FillAsync("Boats came in at dusk.\n\n");
        await body.PressAsync("Control+End");

        // A screenshot pasted from the clipboard, as a browser hands it to the page.
        var png = Convert.ToBase64String(GradientPng.Paint(640, 360));
        await body.EvaluateAsync(@"(area, base64) => {
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            const data = new DataTransfer();
            data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
            area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }", png);

        var picker = page.Locator("dialog#media-picker");
        await Assertions.Expect(picker).ToBeVisibleAsync();
        await Assertions.Expect(picker.Locator(".media-picker-chosen")).ToHaveAttributeAsync("src", new Regex(@"^/media/[0-9a-f]{20}-"));
        await picker.GetByLabel("Description (alt text)").FillAsync("Fishing boats under harbour lamps");
        await picker.GetByLabel("Caption", new() { Exact = true }).FillAsync("The harbour at dusk");
        await page.ScreenshotAsync(new() { Path = Shot("editor-pasted-image-described"), FullPage = false });
        await picker.GetByRole(AriaRole.Button, new() { Name = "Insert", Exact = true }).ClickAsync();

        await Assertions.Expect(body).ToHaveValueAsync(new Regex(
            @"^Boats came in at dusk\.\n\n\^\^\^\n!\[Fishing boats under harbour lamps\]\(/media/[0-9a-f]{20}-640x360\.webp\)\n\^\^\^ The harbour at dusk\n\n$"));
        await Assertions.Expect(page.Locator("#preview .prose figure img")).ToHaveAttributeAsync("alt", "Fishing boats under harbour lamps");

        // The caret is back in the body, after the image, for the writer to go on typing.
        await Assertions.Expect(body).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Nets were mended.");
        await Assertions.Expect(body).ToHaveValueAsync(new Regex(@"\^\^\^ The harbour at duskNets were mended\.\n\n$"));

        // The toolbar's shortcuts, then Ctrl+S saves the story with its image.
        await body.EvaluateAsync("area => { area.focus(); area.setSelectionRange(0, 'Boats'.length); }");
        await body.PressAsync("Control+b");
        await Assertions.Expect(body).ToHaveValueAsync(new Regex(@"^\*\*Boats\*\* came in at dusk\."));
        await Assertions.Expect(page.Locator(".word-count")).ToContainTextAsync("min read");
        await page.Keyboard.PressAsync("Control+s");
        await page.ArriveAtAsync(new Regex(@"/admin/stories/\d+$"));
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Saved");
        await Assertions.Expect(page.GetByLabel("Body (Markdown)")).ToHaveValueAsync(new Regex(@"^\*\*Boats\*\* came in at dusk\.\n\n\^\^\^\n!\[Fishing boats under harbour lamps\]\(/media/"));
        journey.AssertNoProblems();
    });

    [SkippableFact]
    public Task APreviewLinkOpensTheUnpublishedStoryForASignedOutBrowserUntilRevoked() => session.JourneyAsync(async journey =>
    {
        var page = await SignedInAsync(journey, Roles.Writer, "Dana Writer", "/admin/stories");
        var headline = "Budget leak " + Guid.NewGuid().ToString("N")[..6];
        await SaveDraftAsync(page, headline, "## What the papers show\n\nSpending rises next year.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a preview link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Preview link made");
        var link = await page.Locator("#preview-link-address").InputValueAsync();
        journey.AssertNoProblems();

        var colleague = await journey.NewPageAsync(1280, 900);
        await colleague.GotoAsync(link);
        await Assertions.Expect(colleague.Locator("article.story h1")).ToHaveTextAsync(headline);
        await Assertions.Expect(colleague.Locator("article.story .prose h2")).ToHaveTextAsync("What the papers show");
        await Assertions.Expect(colleague.Locator(".preview-banner")).ToBeVisibleAsync();
        await colleague.ScreenshotAsync(new() { Path = Shot("preview-link-signed-out"), FullPage = false });

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Preview link revoked");

        var again = await colleague.GotoAsync(link);
        Assert.Equal(404, again!.Status);
        await Assertions.Expect(colleague.Locator("article.story")).ToHaveCountAsync(0);
    });

    [SkippableFact]
    public Task AFilteredListFindsAStoryByAuthorAndWord() => session.JourneyAsync(async journey =>
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var writer = await SignedInAsync(journey, Roles.Writer, "Nadia Findable", "/admin/stories");
        await SaveDraftAsync(writer, "Water rationing in the old town", $"Residents queue at dawn; the {word} pumps run two hours.");
        var other = await SignedInAsync(journey, Roles.Writer, "Karim Other", "/admin/stories");
        await SaveDraftAsync(other, "Water rationing, the council's answer", $"The council blames the {word} pumps.");

        var editor = await SignedInAsync(journey, Roles.Editor, "Rania Editor", "/admin/stories");
        await Assertions.Expect(editor.Locator(".tabs a[aria-current=page]")).ToContainTextAsync("All");
        await editor.GetByLabel("Headline or text").FillAsync(word);
        await editor.GetByLabel("Author").SelectOptionAsync(new SelectOptionValue { Label = "Nadia Findable" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await editor.ArriveAtAsync(new Regex($@"/admin/stories/all\?q={word}&author=\d+&"));

        var rows = editor.Locator("table.table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator("a")).ToHaveTextAsync("Water rationing in the old town");
        await Assertions.Expect(editor.Locator(".tabs a[aria-current=page] .count")).ToHaveTextAsync("1");
        await editor.ScreenshotAsync(new() { Path = Shot("story-list-filtered"), FullPage = true });
        journey.AssertNoProblems();
    });

    [SkippableFact]
    public Task TheEditorAtDesktopAndPhoneWidthInBothLanguages() => session.JourneyAsync(async journey =>
    {
        var page = await SignedInAsync(journey, Roles.Editor, "Huda Editor", "/admin/stories");
        var id = await SaveDraftAsync(page, "Olive harvest starts early " + Guid.NewGuid().ToString("N")[..6],
            "Growers in the hills began picking a week early.\n\n## Why\n\nA dry autumn, they say.\n\n- Prices: up\n- Yields: down");
        foreach (var (prefix, language) in new[] { ("", "en"), ("/ar", "ar") })
        {
            foreach (var (width, height, name) in new[] { (1440, 1000, "desktop"), (390, 844, "phone") })
            {
                await page.SetViewportSizeAsync(width, height);
                await page.OpenAsync($"{prefix}/admin/stories/{id}");
                await Assertions.Expect(page.Locator(".word-count")).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator(".md-toolbar")).ToBeVisibleAsync();
                await page.ScreenshotAsync(new() { Path = Shot($"editor-{name}-{language}"), FullPage = false });
                // Nothing sticks out sideways at phone width.
                var wider = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
                    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
                    .map((e) => e.tagName + '.' + e.className).slice(0, 5)");
                Assert.True(wider.Length == 0, $"the {language} editor scrolls sideways at {width}px: {string.Join(", ", wider)}");
            }
        }
        await page.SetViewportSizeAsync(1440, 1000);
        await page.OpenAsync("/admin/stories");
        await page.ScreenshotAsync(new() { Path = Shot("story-list"), FullPage = false });
        journey.AssertNoProblems();
    });
}
