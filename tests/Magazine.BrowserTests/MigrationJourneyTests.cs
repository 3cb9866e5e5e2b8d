using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Magazine.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

public sealed class MigrationJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = BrowserSession.Password;

    [SkippableFact]
    public Task AdministratorMovesABloggerSiteInAndItsOldAddressesLeadToTheStories() => session.JourneyAsync(async journey =>
    {
        var email = await session.CreateAccountAsync(Roles.Admin, "Ada Admin");
        var page = await journey.NewPageAsync(1440, 1000);

        await page.OpenAsync("/account/signin?ReturnUrl=%2Fadmin%2Fimport");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin/import$"));
        await page.GetByLabel("Export file").SetInputFilesAsync(BloggerExport());
        await page.GetByLabel("It comes from").SelectOptionAsync("Blogger");
        await page.GetByLabel("Labels or categories that become sections").FillAsync("Daily Wisdom");
        await page.ScreenshotAsync(new() { Path = Shot("import-form"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex(@"/admin/import/\d+$"));
        await Assertions.Expect(page.Locator(".import-done")).ToContainTextAsync("Imported.", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("table.import-report tr", new() { HasText = "comments" }).Locator("td").Nth(1)).ToHaveTextAsync("193");
        await page.ScreenshotAsync(new() { Path = Shot("import-report"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "All imports" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/admin/import$"));
        var listed = page.Locator("table tbody tr", new() { HasText = "blogger-data-test.xml" });
        await Assertions.Expect(listed.Locator(".import-state")).ToHaveTextAsync("done");
        await Assertions.Expect(listed).ToContainTextAsync(email);
        await page.ScreenshotAsync(new() { Path = Shot("import-list"), FullPage = true });

        var reader = await journey.NewPageAsync(1280, 900);
        var response = await reader.OpenAsync("/2022/09/curabitur-massa-lorem.html?m=1");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/2022/09/curabitur-massa-lorem", reader.Url);
        Assert.Equal("Curabitur massa lorem", (await reader.Locator("h1").InnerTextAsync()).Trim());
        await reader.ScreenshotAsync(new() { Path = Shot("import-story-from-old-address"), FullPage = false });

        journey.AssertNoProblems();
    });

    private static string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");

    private static string BloggerExport() => Magazine.Tests.Infrastructure.SharedData.PathOf("exports", "blogger-data-test.xml");
}
