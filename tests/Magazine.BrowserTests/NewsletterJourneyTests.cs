using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>The browser session with the site's mail going to a real SMTP server on loopback.</summary>
public sealed class NewsletterBrowserSession : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; } = new TestSmtpServer().Start();
    public BrowserSession Session { get; } = new();

    public Task InitializeAsync()
    {
        Session.App
            .With("Magazine:Mail:Smtp:Host", "127.0.0.1")
            .With("Magazine:Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Magazine:Mail:Smtp:Security", "None")
            .With("Magazine:Mail:PollSeconds", "0.2");
        return Session.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        Smtp.Dispose();
    }
}

public sealed class NewsletterJourneyTests(NewsletterBrowserSession fixture) : IClassFixture<NewsletterBrowserSession>
{
    private static string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");

    private BrowserSession Session => fixture.Session;

    [SkippableFact]
    public Task ReaderSubscribesConfirmsReceivesADigestOfTwoNewStoriesAndUnsubscribes()
    {
        TestSmtpServer.Program.SkipIfMissing();
        return Session.JourneyAsync(async journey =>
        {
            var email = MailFactory.Unique("reader");
            var editorEmail = await Session.CreateAccountAsync(Roles.Editor, "Dana Editor");

            // A reader signs up in the footer of the front page.
            var reader = await journey.NewPageAsync(390, 844);
            await reader.OpenAsync("/");
            var footer = reader.Locator("footer .newsletter-form");
            await footer.GetByLabel("Newsletter address").FillAsync(email);
            await footer.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
            await reader.ArriveAtPathAsync("/newsletter/check-your-inbox");
            await reader.ScreenshotAsync(new() { Path = Shot("newsletter-check-inbox-phone") });

            // The confirmation arrives at the mail server; following its link confirms.
            var confirmation = await fixture.Smtp.WaitForAsync(email);
            await reader.OpenAsync(confirmation.LinkTo("/newsletter/confirm"));
            Assert.Equal("Subscription confirmed", (await reader.Locator("h1").InnerTextAsync()).Trim());

            // Later, an editor publishes two stories.
            Session.App.Clock.Advance(TimeSpan.FromMinutes(5));
            var editor = await journey.NewPageAsync(1280, 900);
            await editor.OpenAsync("/account/signin");
            await editor.GetByLabel("E-mail").FillAsync(editorEmail);
            await editor.GetByLabel("Password").FillAsync(BrowserSession.Password);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await editor.ArriveAtAsync(new Regex("/admin$"));
            var headlines = new List<string>();
            foreach (var topic in (string[])["Desert trains run again", "A market reopens by the river"])
            {
                var headline = $"{topic} {Guid.NewGuid():N}"[..(topic.Length + 7)];
                headlines.Add(headline);
                await editor.OpenAsync("/admin/stories/new");
                await editor.GetByLabel("Headline").FillAsync(headline);
                await editor.GetByLabel("Standfirst").FillAsync("What changed, and for whom: " + topic.ToLowerInvariant() + ".");
                await editor.GetByLabel("Body (Markdown)").FillAsync("## The story\n\nIt happened this week.");
                await editor.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
                await Assertions.Expect(editor.Locator(".flash").First).ToContainTextAsync("Published");
            }

            // A day on, the daily digest lists both.
            Session.App.Clock.Advance(TimeSpan.FromHours(24));
            var digest = await fixture.Smtp.WaitForAsync(email, m => m.Subject == "Your daily digest", TimeSpan.FromSeconds(60));
            Assert.All(headlines, headline => Assert.Contains(headline, digest.TextBody));
            Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
            var letter = await journey.NewPageAsync(700, 900);
            await letter.SetContentAsync(digest.HtmlBody!);
            await letter.ScreenshotAsync(new() { Path = Shot("newsletter-digest"), FullPage = true });

            // The link at the foot of the letter unsubscribes at once.
            await reader.OpenAsync(digest.LinkTo("/newsletter/unsubscribe"));
            await reader.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
            await Assertions.Expect(reader.Locator("main [role=status]")).ToContainTextAsync("You are unsubscribed");
            await reader.ScreenshotAsync(new() { Path = Shot("newsletter-unsubscribed-phone") });
            Assert.False(await Session.App.WithDbAsync(db => db.NewsletterSubscribers.AnyAsync(s => s.Email == email)));
        });
    }
}
