using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Magazine.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

public sealed class CommentsJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = BrowserSession.Password;

    private static string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");

    [SkippableFact]
    public Task GuestCommentsAnotherRepliesTheEditorApprovesBothAndReadersSeeTheThread() => session.JourneyAsync(async journey =>
    {
        var editorEmail = await session.CreateAccountAsync(Roles.Editor, "Rana Editor");

        // A guest reads the lead story and posts a comment: a first comment waits for an editor.
        var guest = await journey.NewPageAsync(390, 844);
        await guest.OpenAsync("/");
        await guest.Locator(".lead-title a").ClickAsync();
        var storyUrl = new Uri(guest.Url).AbsolutePath;
        var comment = "The market photos brought back my grandfather's stories " + Guid.NewGuid().ToString("N")[..6];
        await guest.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Hala");
        await guest.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync(comment);
        session.App.Clock.Advance(TimeSpan.FromSeconds(10)); // a person takes a while to write
        await guest.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await guest.ArriveAtAsync(new Regex("comment=held"));
        Assert.Contains("awaiting moderation", await guest.Locator("#comment-form .notice").InnerTextAsync());
        await guest.ScreenshotAsync(new() { Path = Shot("comment-held-phone") });

        // The editor approves it from the queue.
        var editor = await journey.NewPageAsync(1280, 900);
        await editor.OpenAsync("/admin/comments");
        await editor.GetByLabel("E-mail").FillAsync(editorEmail);
        await editor.GetByLabel("Password").FillAsync(Password);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await editor.ArriveAtAsync(new Regex("/admin/comments$"));
        var queued = editor.Locator(".queue-item", new() { HasText = comment });
        await queued.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        Assert.Contains("approved", await editor.Locator(".flash").InnerTextAsync());

        // Another reader replies to it.
        var replier = await journey.NewPageAsync(390, 844);
        await replier.OpenAsync(storyUrl);
        var hala = replier.Locator("li.comment", new() { HasText = comment }).First;
        await hala.GetByRole(AriaRole.Link, new() { Name = "Reply to Hala" }).ClickAsync();
        Assert.Equal("Reply to Hala", (await replier.Locator("#comment-form-title").InnerTextAsync()).Trim());
        var reply = "Mine too: the spice lane most of all " + Guid.NewGuid().ToString("N")[..6];
        await replier.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Omar");
        await replier.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync(reply);
        session.App.Clock.Advance(TimeSpan.FromSeconds(10));
        await replier.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await replier.ArriveAtAsync(new Regex("comment=held"));

        // The editor approves the reply, then in bulk there is nothing left waiting.
        await editor.OpenAsync("/admin/comments");
        await editor.ScreenshotAsync(new() { Path = Shot("moderation-queue"), FullPage = true });
        await editor.Locator(".queue-item", new() { HasText = reply }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await editor.Locator(".bulk-actions").GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        Assert.Contains("No comments here", await editor.Locator("main").InnerTextAsync());

        // A reader sees the thread: the reply nested under the comment.
        var reader = await journey.NewPageAsync(1280, 900);
        await reader.OpenAsync(storyUrl + "#comments");
        var thread = reader.Locator("ol.comment-list > li.comment", new() { HasText = comment });
        Assert.Contains(reply, await thread.Locator("ol.comment-replies > li.comment").InnerTextAsync());
        Assert.Equal("2 comments", (await reader.Locator("#comments-title").InnerTextAsync()).Trim());
        await reader.Locator("#comments").ScreenshotAsync(new() { Path = Shot("comment-thread-desktop") });

        // In the story's section, its card shows the count, which the page fetches apart from the cached list.
        await reader.Locator("article a.kicker").First.ClickAsync();
        var card = reader.Locator(".card", new() { Has = reader.Locator($"a[href='{storyUrl}']") }).First;
        await Assertions.Expect(card.Locator($"a[href='{storyUrl}#comments']")).ToHaveTextAsync("2 comments");
        await card.ScreenshotAsync(new() { Path = Shot("card-comment-count") });
    });
}
