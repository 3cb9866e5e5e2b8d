using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Magazine.BrowserTests;

/// <summary>What a phone downloads for a story whose hero is a full-size phone photo.</summary>
public sealed class ImageWeightJourneyTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    /// <summary>The issue's budget for every image on the story's first load at 390 px.</summary>
    private const long BudgetBytes = 100 * 1024;

    /// <summary>A 390 px wide phone at 3 device pixels per CSS pixel: the densest common screen, so the largest file a phone would pick.</summary>
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    private const float PhoneDensity = 3f;

    [SkippableFact]
    public Task PhonePhotoHeroCostsAPhoneUnderOneHundredKilobytes() => session.JourneyAsync(async journey =>
    {
        var email = await session.CreateAccountAsync(Roles.Editor, "Rami Photographer");
        var headline = "Aleppo's souk reopens " + Guid.NewGuid().ToString("N")[..6];
        var photo = Path.Combine(Path.GetTempPath(), $"IMG_{Guid.NewGuid():N}.jpg");
        TestImages.WritePhonePhoto(photo, "SN-4242-ALEPPO");

        var newsroom = await journey.NewPageAsync(1280, 900);
        await newsroom.OpenAsync("/account/signin?ReturnUrl=%2Fadmin%2Fstories%2Fnew");
        await newsroom.GetByLabel("E-mail").FillAsync(email);
        await newsroom.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await newsroom.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await newsroom.ArriveAtAsync(new Regex("/admin/stories/new$"));
        await newsroom.GetByLabel("Headline").FillAsync(headline);
        await newsroom.GetByLabel("Body (Markdown)").FillAsync("Traders swept the vaulted lanes before dawn.\n\nBy noon the spice sellers were back.");
        await newsroom.GetByLabel("Upload a hero image").SetInputFilesAsync(photo);
        await newsroom.GetByLabel("Hero image description (alt text)").FillAsync("Shutters rolling up in a vaulted market lane");
        await newsroom.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await newsroom.ArriveAtAsync(new Regex(@"/admin/stories/\d+$"));
        await Assertions.Expect(newsroom.Locator(".status-line .badge")).ToHaveTextAsync("Published");
        File.Delete(photo);

        var phone = await journey.NewPageAsync(PhoneWidth, PhoneHeight, PhoneDensity);
        var images = new ConcurrentBag<IResponse>();
        phone.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "image")
            {
                images.Add(response);
            }
        };
        await phone.OpenAsync(await AddressOfAsync(headline));
        var hero = phone.Locator("figure.hero img");
        await Assertions.Expect(hero).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await hero.EvaluateAsync<bool>("img => img.naturalWidth > 0 && img.naturalHeight > img.naturalWidth"), "the hero did not load upright");

        long total = 0;
        var lines = new List<string>();
        foreach (var response in images)
        {
            var bytes = (await response.Request.SizesAsync()).ResponseBodySize;
            total += bytes;
            lines.Add($"{bytes,9:N0} B  {response.Url}");
        }
        output.WriteLine($"Images downloaded by a {PhoneWidth}×{PhoneHeight} phone at {PhoneDensity}x: {total:N0} bytes ({total / 1024.0:0.0} KB)\n{string.Join('\n', lines)}");
        Assert.Contains(images, r => Regex.IsMatch(r.Url, @"/media/[0-9a-f]{20}-[0-9x]+\.webp$"));
        Assert.True(total < BudgetBytes, $"{total:N0} bytes of images at {PhoneWidth} px, over the {BudgetBytes:N0} budget:\n{string.Join('\n', lines)}");
        journey.AssertNoProblems();
    });

    private async Task<string> AddressOfAsync(string headline)
    {
        using var scope = session.App.Services.CreateScope();
        var story = await scope.ServiceProvider.GetRequiredService<MagazineDbContext>().Articles.AsNoTracking()
            .SingleAsync(a => a.Title == headline);
        return StoryUrls.Article(story.PublishedAt!.Value, story.Slug);
    }
}
