using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

public sealed class NewsletterTests(MailFactory app) : IClassFixture<MailFactory>
{
    private static Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string email, string path = "/newsletter", bool english = true, bool arabic = false, string frequency = "Daily") =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["English"] = english ? "true" : "false",
            ["Arabic"] = arabic ? "true" : "false",
            ["Frequency"] = frequency,
        }));

    private Task<NewsletterSubscriber?> SubscriberAsync(string email) =>
        app.WithDbAsync(db => db.NewsletterSubscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Email == email));

    [SkippableFact]
    public async Task SignUpStoresThePendingAddressUntilTheLinkInTheMessageIsFollowed()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = app.CreateBrowserClient();
        var email = MailFactory.Unique("reader");

        var response = await SubscribeAsync(client, email, frequency: "Weekly");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsletter/check-your-inbox", response.Headers.Location?.OriginalString);
        var pending = await SubscriberAsync(email);
        Assert.NotNull(pending);
        Assert.Null(pending.ConfirmedAt);
        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("Confirm your newsletter subscription", message.Subject);
        Assert.NotNull(message.TextBody);
        Assert.Contains("lang=\"en\" dir=\"ltr\"", message.HtmlBody);
        // A confirmation is not bulk mail: it has no unsubscribe header.
        Assert.Null(message.Headers["List-Unsubscribe"]);

        var confirm = await client.GetAsync(message.LinkTo("/newsletter/confirm"));

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var confirmed = await SubscriberAsync(email);
        Assert.NotNull(confirmed?.ConfirmedAt);
        Assert.Equal(DigestFrequency.Weekly, confirmed.Frequency);
        Assert.True(confirmed.English);
        Assert.False(confirmed.Arabic);
    }

    [SkippableFact]
    public async Task AnAddressAlreadySubscribedGetsTheSameAnswer()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = app.CreateBrowserClient();
        var email = MailFactory.Unique("known");
        await SubscribeAsync(client, email);
        await client.GetAsync((await app.Smtp.WaitForAsync(email)).LinkTo("/newsletter/confirm"));

        var again = await SubscribeAsync(app.CreateBrowserClient(), MailFactory.Unique("other"));
        var known = await SubscribeAsync(app.CreateBrowserClient(), email);

        Assert.Equal(again.StatusCode, known.StatusCode);
        Assert.Equal(again.Headers.Location, known.Headers.Location);
    }

    [SkippableFact]
    public async Task TheArabicFooterSignsUpToTheArabicEditionWithAnArabicRightToLeftMessage()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = app.CreateBrowserClient();
        var email = MailFactory.Unique("arabic");
        var home = await client.GetDocumentAsync("/ar");
        var form = home.QuerySelector("footer form[action='/ar/newsletter']");
        Assert.NotNull(form);
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));

        var response = await client.PostAsync("/ar/newsletter", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["FromFooter"] = "true" }));

        Assert.Equal("/ar/newsletter/check-your-inbox", response.Headers.Location?.OriginalString);
        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("أكّد اشتراكك في النشرة البريدية", message.Subject);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", message.HtmlBody);
        Assert.StartsWith("/ar/newsletter/confirm", message.LinkTo("/ar/newsletter/confirm"));
        await client.GetAsync(message.LinkTo("/ar/newsletter/confirm"));
        var subscriber = await SubscriberAsync(email);
        Assert.True(subscriber!.Arabic);
        Assert.False(subscriber.English);
    }

    [SkippableFact]
    public async Task ABreakingSendCarriesOneClickUnsubscribeAndAPostToItRemovesTheAddress()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var reader = app.CreateBrowserClient();
        var email = MailFactory.Unique("breaking");
        await SubscribeAsync(reader, email);
        await reader.GetAsync((await app.Smtp.WaitForAsync(email)).LinkTo("/newsletter/confirm"));
        var story = await app.PublishedStoryAsync();
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var sent = await editor.PostFormAsync("/admin/newsletter/breaking", new() { ["articleId"] = story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var message = await app.Smtp.WaitForAsync(email, m => (m.Subject ?? "").Contains(story.Title, StringComparison.Ordinal));
        Assert.Contains(story.Title, message.TextBody);
        Assert.Contains(story.Dek!, message.HtmlBody);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Equal("https", unsubscribe.Scheme);

        // As a mail program does it (RFC 8058): a POST with no cookie and no token but the link's own.
        var oneClick = await app.CreateClient().PostAsync(unsubscribe.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Null(await SubscriberAsync(email));
        // The address is gone from the outbox too; the send keeps its count.
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email)));
        var log = await editor.GetDocumentAsync("/admin/newsletter");
        Assert.Contains(log.QuerySelectorAll("table tr"), row => row.TextContent.Contains(story.Title, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AForgedConfirmationOrUnsubscribeLinkIsABadRequest()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/newsletter/confirm?t=forged")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/newsletter/unsubscribe?t=forged", new StringContent(""))).StatusCode);
    }

    [SkippableFact]
    public async Task SignUpsForOneAddressAreCappedWhoeverAsks()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var email = MailFactory.Unique("flooded");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await SubscribeAsync(app.CreateBrowserClient(), email)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
    }

    [SkippableFact]
    public async Task TheNewsroomCountsSearchesExportsAndRemovesSubscribers()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var email = MailFactory.Unique("listed");
        var reader = app.CreateBrowserClient();
        await SubscribeAsync(reader, email);
        await reader.GetAsync((await app.Smtp.WaitForAsync(email)).LinkTo("/newsletter/confirm"));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var found = await editor.GetDocumentAsync("/admin/newsletter?q=" + Uri.EscapeDataString(email[..20]));
        var csv = await editor.GetStringAsync("/admin/newsletter/subscribers.csv");
        var id = (await SubscriberAsync(email))!.Id;
        var removed = await editor.PostFormAsync($"/admin/newsletter/subscribers/{id}/remove", new());

        Assert.Contains(email, found.QuerySelector("table")?.TextContent);
        Assert.Contains(email + ",en,daily,", csv);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await SubscriberAsync(email));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email)));
    }
}
