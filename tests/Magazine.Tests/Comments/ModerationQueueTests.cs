using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Comments;

public sealed class ModerationQueueTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory()
        .With("Magazine:Comments:Moderation", "All")
        .With("Magazine:Comments:MinimumSecondsBeforePosting", "0");

    private async Task<(Article Story, List<Comment> Held)> HeldCommentsAsync(params string[] bodies)
    {
        var story = await _app.PublishedStoryAsync();
        var guest = _app.CreateBrowserClient();
        foreach (var body in bodies)
        {
            await guest.PostCommentAsync(TestData.UrlOf(story), body, email: "guest@example.com");
        }
        return (story, await _app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task EditorSeesWaitingCommentsWithTheCommentersPrivateEmail()
    {
        var (story, held) = await HeldCommentsAsync("Waiting words");
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);

        var queue = await editor.GetDocumentAsync("/admin/comments");

        var item = queue.QuerySelector($"#queued-{held[0].Id}")!;
        Assert.Contains("Waiting words", item.QuerySelector(".comment-body")?.TextContent);
        Assert.Contains("guest@example.com", item.TextContent);
        Assert.Equal(TestData.UrlOf(story), item.QuerySelector(".meta a")?.GetAttribute("href"));
        Assert.DoesNotContain("Waiting words", await _app.CreateClient().GetStringAsync(TestData.UrlOf(story)));
    }

    [Fact]
    public async Task ApprovingInBulkPublishesTheTickedCommentsOnly()
    {
        var (story, held) = await HeldCommentsAsync("First", "Second", "Third");
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);
        var form = CommentForms.FormFields(await editor.GetDocumentAsync("/admin/comments"), "form#moderation");
        var content = new List<KeyValuePair<string, string>>(form.Where(f => f.Key != "Ids"))
        {
            new("Action", "Approve"),
            new("Ids", held[0].Id.ToString()),
            new("Ids", held[2].Id.ToString()),
        };

        var response = await editor.PostAsync("/admin/comments/moderate", new FormUrlEncodedContent(content));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statuses = (await _app.CommentsOfAsync(story.Id)).Select(c => c.Status).ToList();
        Assert.Equal([CommentStatus.Approved, CommentStatus.Pending, CommentStatus.Approved], statuses);
        var page = await _app.CreateClient().GetStringAsync(TestData.UrlOf(story));
        Assert.Contains("First", page);
        Assert.Contains("Third", page);
        Assert.Equal(2, await _app.WithDbAsync(db => Task.FromResult(db.Articles.Find(story.Id)!.CommentCount)));
    }

    [Theory]
    [InlineData("Reject", CommentStatus.Rejected)]
    [InlineData("Spam", CommentStatus.Spam)]
    public async Task OneCommentsButtonsActOnItAlone(string action, CommentStatus expected)
    {
        var (story, held) = await HeldCommentsAsync("One", "Two");
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);
        var form = CommentForms.FormFields(await editor.GetDocumentAsync("/admin/comments"), "form#moderation");
        var content = new List<KeyValuePair<string, string>>(form.Where(f => f.Key != "Ids"))
        {
            new("Action", action),
            new("Ids", held[1].Id.ToString()), // ticked, but the button pressed belongs to the first
        };

        await editor.PostAsync($"/admin/comments/{held[0].Id}/moderate", new FormUrlEncodedContent(content));

        var stored = await _app.CommentsOfAsync(story.Id);
        Assert.Equal(expected, stored[0].Status);
        Assert.Equal(CommentStatus.Pending, stored[1].Status);
    }

    [Fact]
    public async Task EditingAndDeletingChangeWhatReadersSee()
    {
        var (story, held) = await HeldCommentsAsync("Typo in here", "Remove me");
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);
        var edit = CommentForms.FormFields(await editor.GetDocumentAsync($"/admin/comments/{held[0].Id}/edit"), "main form");
        edit["Form.Body"] = "Fixed *words*";
        await editor.PostAsync($"/admin/comments/{held[0].Id}/edit", new FormUrlEncodedContent(edit));
        var queueForm = CommentForms.FormFields(await editor.GetDocumentAsync("/admin/comments"), "form#moderation");
        var approve = new List<KeyValuePair<string, string>>(queueForm.Where(f => f.Key != "Ids"))
        {
            new("Action", "Approve"), new("Ids", held[0].Id.ToString()), new("Ids", held[1].Id.ToString()),
        };
        await editor.PostAsync("/admin/comments/moderate", new FormUrlEncodedContent(approve));
        var delete = new List<KeyValuePair<string, string>>(queueForm.Where(f => f.Key != "Ids")) { new("Action", "Delete") };

        await editor.PostAsync($"/admin/comments/{held[1].Id}/moderate", new FormUrlEncodedContent(delete));

        var page = await _app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));
        Assert.Equal("words", page.QuerySelector($"#comment-{held[0].Id} .comment-body em")?.TextContent);
        Assert.Null(page.QuerySelector($"#comment-{held[1].Id}"));
        Assert.NotNull((await _app.CommentsOfAsync(story.Id))[1].DeletedAt);
    }

    [Fact]
    public async Task EmptyEditIsAFormErrorAndChangesNothing()
    {
        var (story, held) = await HeldCommentsAsync("Keep me");
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);
        var edit = CommentForms.FormFields(await editor.GetDocumentAsync($"/admin/comments/{held[0].Id}/edit"), "main form");
        edit["Form.Body"] = "";

        var response = await editor.PostAsync($"/admin/comments/{held[0].Id}/edit", new FormUrlEncodedContent(edit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be empty", await response.Content.ReadAsStringAsync());
        Assert.Equal("Keep me", (await _app.CommentsOfAsync(story.Id))[0].BodyMarkdown);
    }

    [Fact]
    public async Task WritersAndReadersCannotModerate()
    {
        var (_, held) = await HeldCommentsAsync("Nope");
        var (writer, _) = await _app.SignedInAsync(Roles.Writer);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/admin/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"/admin/comments/{held[0].Id}/edit")).StatusCode);
        var (editor, _) = await _app.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/comments?status=banana")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/comments/999999/edit")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
