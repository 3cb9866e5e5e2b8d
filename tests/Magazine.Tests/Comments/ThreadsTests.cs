using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Comments;

public sealed class ThreadsTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    [Fact]
    public async Task RepliesNestThreeLevelsAndDeeperOnesAttachAtTheThird()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        var url = TestData.UrlOf(story);
        int? parent = null;
        var ids = new List<int>();
        for (var depth = 0; depth < 5; depth++)
        {
            await client.PostCommentAsync(url, $"Depth {depth}", replyTo: parent);
            parent = (await app.CommentsOfAsync(story.Id)).Last().Id;
            ids.Add(parent.Value);
        }

        var page = await client.GetDocumentAsync(url);

        var root = page.QuerySelector($"ol.comment-list > li#comment-{ids[0]}")!;
        var level1 = root.QuerySelector($":scope > ol > li#comment-{ids[1]}")!;
        var level2 = level1.QuerySelectorAll(":scope > ol > li").Select(li => li.Id).ToList();
        Assert.Equal([$"comment-{ids[2]}", $"comment-{ids[3]}", $"comment-{ids[4]}"], level2);
        Assert.All(level1.QuerySelectorAll(":scope > ol > li"), li => Assert.Contains("level-2", li.ClassName));
        Assert.Equal(ids.Count, (await app.CommentsOfAsync(story.Id)).Select(c => c.ParentId).Count());
    }

    [Fact]
    public async Task ReplyFormNamesTheCommentRepliedTo()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        await client.PostCommentAsync(TestData.UrlOf(story), "Original", name: "Rami");
        var original = Assert.Single(await app.CommentsOfAsync(story.Id));

        var page = await client.GetDocumentAsync($"{TestData.UrlOf(story)}?replyto={original.Id}");
        await client.PostCommentAsync(TestData.UrlOf(story), "Answer", replyTo: original.Id);

        Assert.Equal("Reply to Rami", page.QuerySelector("#comment-form-title")?.TextContent);
        Assert.Equal(original.Id, (await app.CommentsOfAsync(story.Id)).Last().ParentId);
    }

    [Fact]
    public async Task RemovedCommentWithRepliesLeavesAMarker()
    {
        var story = await app.PublishedStoryAsync();
        var now = DateTime.UtcNow;
        var parent = new Comment { ArticleId = story.Id, AuthorName = "A", BodyHtml = "<p>secret words</p>", Status = CommentStatus.Approved, CreatedAt = now.AddMinutes(-3), DeletedAt = now };
        var lonely = new Comment { ArticleId = story.Id, AuthorName = "B", BodyHtml = "<p>lonely</p>", Status = CommentStatus.Approved, CreatedAt = now.AddMinutes(-2), DeletedAt = now };
        await app.WithDbAsync(async db => { db.Comments.AddRange(parent, lonely); await db.SaveChangesAsync(); });
        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Comment { ArticleId = story.Id, ParentId = parent.Id, Depth = 1, AuthorName = "C", BodyHtml = "<p>a reply</p>", Status = CommentStatus.Approved, CreatedAt = now.AddMinutes(-1) });
            await db.SaveChangesAsync();
        });

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));

        var marker = page.QuerySelector($"#comment-{parent.Id}")!;
        Assert.Equal("Comment removed.", marker.QuerySelector(".comment-removed")?.TextContent);
        Assert.DoesNotContain("secret words", page.DocumentElement.OuterHtml);
        Assert.Null(page.QuerySelector($"#comment-{lonely.Id}"));
        Assert.Contains("a reply", marker.QuerySelector("ol")?.TextContent);
    }
}
