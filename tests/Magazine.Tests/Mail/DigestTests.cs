using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

/// <summary>Its own site: the test moves the clock a day on, which no other test should see.</summary>
public sealed class DigestTests : IDisposable
{
    private readonly MailFactory _app = new();

    public void Dispose() => _app.Dispose();

    [SkippableFact]
    public async Task TheDailyDigestListsTheStoriesOfTheSubscribersEditionPublishedSinceTheLastOne()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = _app.CreateBrowserClient();
        var email = MailFactory.Unique("digest");
        await client.PostAsync("/newsletter", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["English"] = "true", ["Frequency"] = "Daily" }));
        await client.GetAsync((await _app.Smtp.WaitForAsync(email)).LinkTo("/newsletter/confirm"));
        var (section, author) = await _app.SectionAndAuthorAsync();
        var before = await _app.StoryAsync(section, author, title: "Old news " + TestData.Unique("t"));

        _app.Clock.Advance(TimeSpan.FromHours(2));
        var first = await _app.StoryAsync(section, author, title: "First story " + TestData.Unique("t"));
        var second = await _app.StoryAsync(section, author, title: "Second story " + TestData.Unique("t"));
        var arabic = await _app.StoryAsync(section, author, title: "قصة " + TestData.ArabicWord(), language: "ar");
        _app.Clock.Advance(TimeSpan.FromHours(23));

        var digest = await _app.Smtp.WaitForAsync(email, m => m.Subject == "Your daily digest");

        Assert.Contains(first.Title, digest.TextBody);
        Assert.Contains(second.Title, digest.TextBody);
        Assert.Contains(first.Dek!, digest.HtmlBody);
        Assert.DoesNotContain(before.Title, digest.TextBody);
        Assert.DoesNotContain(arabic.Title, digest.TextBody);
        Assert.Contains("2 stories published since our last letter:", digest.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.DoesNotContain("<img", (digest.HtmlBody ?? "").Replace("<img src=\"https://localhost/", "", StringComparison.Ordinal));
        Assert.Equal($"https://localhost{TestData.UrlOf(first)}", digest.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.EndsWith(first.Slug, StringComparison.Ordinal)));
        var send = await _app.WithDbAsync(db => db.NewsletterSends.AsNoTracking().SingleAsync(s => s.Kind == NewsletterSendKind.Digest));
        Assert.Equal(DigestFrequency.Daily, send.Frequency);
    }
}
