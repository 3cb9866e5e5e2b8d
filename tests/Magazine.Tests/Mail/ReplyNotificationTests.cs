using System.Net;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

public sealed class ReplyNotificationTests(MailFactory app) : IClassFixture<MailFactory>
{
    private static Dictionary<string, string> Notify => new() { ["NotifyReplies"] = "true" };

    private Task<int> LastCommentIdAsync(int articleId) =>
        app.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == articleId).MaxAsync(c => c.Id));

    private Task<int> QueuedToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email));

    [SkippableFact]
    public async Task ACommenterConfirmsOnceThenHearsOfARepliesAndCanStopThem()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var story = await app.PublishedStoryAsync();
        var url = TestData.UrlOf(story);
        var email = MailFactory.Unique("commenter");
        var commenter = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await commenter.PostCommentAsync(url, "First!", "Maya", email, overrides: Notify)).StatusCode);
        var parentId = await LastCommentIdAsync(story.Id);

        var confirmation = await app.Smtp.WaitForAsync(email);
        Assert.Equal("Confirm reply notifications", confirmation.Subject);
        Assert.Equal(HttpStatusCode.OK, (await commenter.GetAsync(confirmation.LinkTo("/comments/notifications/confirm"))).StatusCode);

        await app.CreateBrowserClient().PostCommentAsync(url, "I disagree, politely.", "Omar", replyTo: parentId);
        var replyId = await LastCommentIdAsync(story.Id);

        var notification = await app.Smtp.WaitForAsync(email, m => (m.Subject ?? "").Contains("Omar", StringComparison.Ordinal));
        Assert.Contains("I disagree, politely.", notification.TextBody);
        Assert.Equal($"{url}#comment-{replyId}", notification.LinkTo(url));
        Assert.NotNull(notification.Headers["List-Unsubscribe"]);

        var stop = notification.LinkTo("/comments/notifications/stop");
        Assert.Equal(HttpStatusCode.OK, (await commenter.GetAsync(stop)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commenter.PostAsync(stop, new StringContent(""))).StatusCode);
        var before = await QueuedToAsync(email);
        await app.CreateBrowserClient().PostCommentAsync(url, "Another reply after the stop.", "Omar", replyTo: parentId);

        Assert.Equal(before, await QueuedToAsync(email));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReplyWatches.CountAsync(w => w.Email == email && w.ArticleId == story.Id)));
    }

    [SkippableFact]
    public async Task NothingIsSentToAnAddressThatNeverConfirmed()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var story = await app.PublishedStoryAsync();
        var url = TestData.UrlOf(story);
        var email = MailFactory.Unique("unconfirmed");
        await app.CreateBrowserClient().PostCommentAsync(url, "Tell me of replies.", "Rami", email, overrides: Notify);
        var parentId = await LastCommentIdAsync(story.Id);

        await app.CreateBrowserClient().PostCommentAsync(url, "A reply nobody is told of.", "Sara", replyTo: parentId);

        // Only the confirmation request was ever queued.
        Assert.Equal(1, await QueuedToAsync(email));
    }

    [SkippableFact]
    public async Task AskingForNotificationsWithoutAnAddressKeepsTheCommentInTheForm()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var story = await app.PublishedStoryAsync();

        var response = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), "Words I typed", "Nadia", overrides: Notify);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Words I typed", page.QuerySelector("#comment-body")?.TextContent);
        Assert.Contains("Give your e-mail address to be told of replies.", page.QuerySelector("#comment-form")?.TextContent);
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }
}
