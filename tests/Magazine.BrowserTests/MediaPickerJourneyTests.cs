using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>The story editor's image picker: a library image inserted with its caption and credit, and chosen as the hero.</summary>
public sealed class MediaPickerJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public Task WriterInsertsALibraryImageWithItsCaptionAndCreditAndChoosesTheHero() => session.JourneyAsync(async journey =>
    {
        var email = await session.CreateAccountAsync(Roles.Editor, "Lina Editor");
        var credit = "Photo: Rami Haddad " + Guid.NewGuid().ToString("N")[..6];
        var file = Path.Combine(Path.GetTempPath(), $"lanterns-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, GradientPng.Paint(800, 450));

        var page = await journey.NewPageAsync(1280, 900);
        await page.OpenAsync("/account/signin?ReturnUrl=%2Fadmin%2Fmedia");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin/media$"));
        await page.GetByLabel("Image", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByLabel("Description (alt text)").FillAsync("Paper lanterns over a lane");
        await page.GetByLabel("Caption", new() { Exact = true }).FillAsync("Lanterns at dusk");
        await page.GetByLabel("Credit", new() { Exact = true }).FillAsync(credit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash").First).ToContainTextAsync("Uploaded");
        File.Delete(file);

        await page.OpenAsync("/admin/stories/new");
        await page.GetByLabel("Headline").FillAsync("Lanterns of the old city " + Guid.NewGuid().ToString("N")[..6]);
        var body = page.GetByLabel("Body (Markdown)");
        await body.FillAsync("The souk at night.");
        var picker = page.Locator("dialog#media-picker");

        // Into the body, at the caret, as a figure with the library's caption and credit.
        await page.GetByRole(AriaRole.Button, new() { Name = "Image", Exact = true }).ClickAsync();
        await Assertions.Expect(picker).ToBeVisibleAsync();
        await picker.GetByRole(AriaRole.Searchbox).FillAsync(credit);
        var item = picker.Locator(".media-picker-item");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Assertions.Expect(picker.Locator("#media-picker-alt")).ToHaveValueAsync("Paper lanterns over a lane");
        await Assertions.Expect(picker.Locator("#media-picker-credit")).ToHaveValueAsync(credit);
        await picker.Locator("#media-picker-alt").FillAsync("Paper lanterns strung across a vaulted lane");
        await picker.GetByRole(AriaRole.Button, new() { Name = "Insert", Exact = true }).ClickAsync();
        await Assertions.Expect(picker).ToBeHiddenAsync();
        await Assertions.Expect(body).ToHaveValueAsync(new Regex(
            @"^The souk at night\.\n\n\^\^\^\n!\[Paper lanterns strung across a vaulted lane\]\(/media/[0-9a-f]{20}-800x450\.webp\)\n\^\^\^ Lanterns at dusk — " + Regex.Escape(credit) + "\n\n$"));
        await Assertions.Expect(page.Locator("#preview figure figcaption")).ToHaveTextAsync("Lanterns at dusk — " + credit);

        // As the hero: the address and the description fill the hero's fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose from the library" }).ClickAsync();
        await picker.GetByRole(AriaRole.Searchbox).FillAsync(credit);
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Assertions.Expect(picker.Locator("#media-picker-caption")).ToBeHiddenAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "Insert", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hero image address")).ToHaveValueAsync(new Regex(@"^/media/[0-9a-f]{20}-800x450\.webp$"));
        await Assertions.Expect(page.GetByLabel("Hero image description (alt text)")).ToHaveValueAsync("Paper lanterns over a lane");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/admin/stories/\d+$"));
        await Assertions.Expect(page.Locator(".status-line .badge")).ToHaveTextAsync("Published");
        await page.GetByRole(AriaRole.Link, new() { Name = "view it on the site" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/\d{4}/\d{2}/lanterns-of-the-old-city-"));
        await Assertions.Expect(page.Locator("article.story .prose figure figcaption")).ToHaveTextAsync("Lanterns at dusk — " + credit);
        await Assertions.Expect(page.Locator("figure.hero img")).ToHaveAttributeAsync("alt", "Paper lanterns over a lane");
        journey.AssertNoProblems();
    });
}
