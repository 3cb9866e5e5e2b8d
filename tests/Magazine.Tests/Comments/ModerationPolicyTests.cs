using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Comments;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Comments;

public sealed class ModerationPolicyTests
{
    [Fact]
    public async Task FirstTimeHoldsACommentersFirstCommentUntilOneIsApproved()
    {
        using var app = new OpenCommentsFactory().With("Magazine:Comments:Moderation", "FirstTime");
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();

        var first = await client.PostCommentAsync(TestData.UrlOf(story), "First words", name: "Nour", email: "nour@example.com");
        var heldPage = await client.GetDocumentAsync(first.Headers.Location!.OriginalString.Split('#')[0]);
        var held = Assert.Single(await app.CommentsOfAsync(story.Id));

        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Contains("awaiting moderation", heldPage.QuerySelector("#comment-form .notice")?.TextContent);
        Assert.Null(heldPage.QuerySelector($"#comment-{held.Id}"));

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommentModerator>().ApplyAsync([held.Id], ModerationAction.Approve, default);
        }
        var second = await client.PostCommentAsync(TestData.UrlOf(story), "Second words", name: "Nour", email: "NOUR@example.com");

        Assert.DoesNotContain("held", second.Headers.Location!.OriginalString);
        Assert.All(await app.CommentsOfAsync(story.Id), c => Assert.Equal(CommentStatus.Approved, c.Status));
        Assert.Equal(2, await app.WithDbAsync(db => Task.FromResult(db.Articles.Find(story.Id)!.CommentCount)));
    }

    [Fact]
    public async Task AllHoldsEveryComment()
    {
        using var app = new OpenCommentsFactory().With("Magazine:Comments:Moderation", "All");
        var story = await app.PublishedStoryAsync();

        await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), "Hello", email: "a@example.com");

        Assert.Equal(CommentStatus.Pending, Assert.Single(await app.CommentsOfAsync(story.Id)).Status);
    }

    [Fact]
    public async Task RateLimitAnswers429WithTheSitesPage()
    {
        using var app = new OpenCommentsFactory().With("Magazine:Comments:RateLimitPerMinute", "2");
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostCommentAsync(TestData.UrlOf(story), $"Comment {i}")).StatusCode);
        }
        var limited = await client.PostCommentAsync(TestData.UrlOf(story), "Once more");

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Slow down", await limited.Content.ReadAsStringAsync());
        Assert.Equal(2, (await app.CommentsOfAsync(story.Id)).Count);
    }

    [Fact]
    public async Task PostingFasterThanAPersonTypesIsRefused()
    {
        using var app = new OpenCommentsFactory().With("Magazine:Comments:MinimumSecondsBeforePosting", "3");
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        var fields = CommentForms.FormFields(await client.GetDocumentAsync(TestData.UrlOf(story)), "form[action='/comments']");
        fields["Name"] = "Quick";
        fields["Body"] = "Hello";

        var tooSoon = await client.PostAsync("/comments", new FormUrlEncodedContent(fields));
        app.Clock.Advance(TimeSpan.FromSeconds(4));
        var later = await client.PostAsync("/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, tooSoon.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Single(await app.CommentsOfAsync(story.Id));
    }
}
