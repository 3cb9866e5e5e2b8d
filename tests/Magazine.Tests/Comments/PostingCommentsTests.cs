using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Comments;

public sealed class PostingCommentsTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    [Fact]
    public async Task GuestCommentIsStoredAndShownAtItsAnchor()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();

        var response = await client.PostCommentAsync(TestData.UrlOf(story), "What a *fine* report.", name: "Hala", email: "hala@example.com");

        var stored = Assert.Single(await app.CommentsOfAsync(story.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{TestData.UrlOf(story)}#comment-{stored.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(CommentStatus.Approved, stored.Status);
        var page = await client.GetDocumentAsync(TestData.UrlOf(story));
        var shown = page.QuerySelector($"li#comment-{stored.Id}")!;
        Assert.Equal("Hala", shown.QuerySelector(".comment-meta strong")?.TextContent);
        Assert.Equal("fine", shown.QuerySelector(".comment-body em")?.TextContent);
        Assert.DoesNotContain("hala@example.com", page.DocumentElement.OuterHtml);
        Assert.Equal("1 comment", page.QuerySelector("#comments-title")?.TextContent);
        // Following the redirect again (a refresh) posts nothing more.
        Assert.Single(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task HostileMarkupNeverComesBackExecutable()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        const string hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) "
            + "<a href=\"https://evil.example\" onclick=\"x()\">raw</a> [fine](https://example.com/page) ![img](https://example.com/a.png)\n\n# Heading";

        await client.PostCommentAsync(TestData.UrlOf(story), hostile);

        var page = await client.GetDocumentAsync(TestData.UrlOf(story));
        var body = page.QuerySelector(".comment-body")!;
        Assert.Empty(body.QuerySelectorAll("script, img, h1, iframe"));
        Assert.DoesNotContain(body.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var links = body.QuerySelectorAll("a").ToList();
        Assert.All(links.Where(a => a.HasAttribute("href")), a => Assert.StartsWith("https://", a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
        Assert.Contains(links, a => a.GetAttribute("href") == "https://example.com/page");
        Assert.Contains("&lt;script&gt;", body.InnerHtml);
    }

    [Theory]
    [InlineData("", "Reader", "Please write a comment.")]
    [InlineData("   ", "Reader", "Please write a comment.")]
    [InlineData("Fine words", "", "Please give a name")]
    public async Task InvalidCommentComesBackWithTheReadersTextAndStoresNothing(string body, string name, string error)
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();

        var response = await client.PostCommentAsync(TestData.UrlOf(story), body, name: name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(error, page.QuerySelector("#comment-form")?.TextContent);
        Assert.Equal(body.Trim(), page.QuerySelector("#comment-body")?.TextContent?.Trim());
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task OversizedCommentAndNameAreRefusedWithTextKept()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        var longBody = new string('x', 5001);

        var tooLong = await client.PostCommentAsync(TestData.UrlOf(story), longBody);
        var longName = await client.PostCommentAsync(TestData.UrlOf(story), "Fine", name: new string('n', 81));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 5000 characters", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(longBody, Html.Parse(await tooLong.Content.ReadAsStringAsync()).QuerySelector("#comment-body")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task MisdirectedRepliesAreRefusedAndStoreNothing()
    {
        var story = await app.PublishedStoryAsync();
        var other = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        await client.PostCommentAsync(TestData.UrlOf(other), "On the other story");
        var otherComment = Assert.Single(await app.CommentsOfAsync(other.Id));
        var held = new Comment { ArticleId = story.Id, AuthorName = "Held", BodyHtml = "<p>x</p>", Status = CommentStatus.Pending, CreatedAt = DateTime.UtcNow };
        var removed = new Comment { ArticleId = story.Id, AuthorName = "Gone", BodyHtml = "<p>x</p>", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow, DeletedAt = DateTime.UtcNow };
        await app.WithDbAsync(async db => { db.Comments.AddRange(held, removed); await db.SaveChangesAsync(); });

        foreach (var parent in new[] { otherComment.Id, held.Id, removed.Id, 999_999 })
        {
            var response = await client.PostCommentAsync(TestData.UrlOf(story), "A reply", overrides: new Dictionary<string, string> { ["ParentId"] = parent.ToString() });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(2, (await app.CommentsOfAsync(story.Id)).Count);
        Assert.Single(await app.CommentsOfAsync(other.Id));
    }

    [Fact]
    public async Task CommentsOnDraftsAndClosedStoriesAreRefused()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var open = await app.StoryAsync(section, author);
        var draft = await app.StoryAsync(section, author, ArticleStatus.Draft);
        var closed = await app.StoryAsync(section, author);
        await app.WithDbAsync(async db => { db.Articles.Find(closed.Id)!.CommentsClosed = true; await db.SaveChangesAsync(); });
        var client = app.CreateBrowserClient();
        var closedPage = await client.GetDocumentAsync(TestData.UrlOf(closed));

        var onDraft = await client.PostCommentAsync(TestData.UrlOf(open), "x", overrides: new Dictionary<string, string> { ["ArticleId"] = draft.Id.ToString() });
        var onClosed = await client.PostCommentAsync(TestData.UrlOf(open), "x", overrides: new Dictionary<string, string> { ["ArticleId"] = closed.Id.ToString() });
        var onNothing = await client.PostCommentAsync(TestData.UrlOf(open), "x", overrides: new Dictionary<string, string> { ["ArticleId"] = "abc" });

        Assert.Null(closedPage.QuerySelector("form[action='/comments']"));
        Assert.Contains("Comments are closed", closedPage.QuerySelector("#comments")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, onClosed.StatusCode);
        Assert.Contains("Comments are closed on this story.", await onClosed.Content.ReadAsStringAsync());
        Assert.True(onNothing.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound);
        Assert.Empty(await app.WithDbAsync(db => Task.FromResult(db.Comments.Where(c => c.ArticleId == draft.Id || c.ArticleId == closed.Id).ToList())));
    }

    [Fact]
    public async Task HoneypotPostIsDroppedSilently()
    {
        var story = await app.PublishedStoryAsync();

        var response = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), "Buy now", overrides: new Dictionary<string, string> { ["Website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task PostWithoutTheFormsTimestampIsRefused()
    {
        var story = await app.PublishedStoryAsync();

        var response = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), "Hello", overrides: new Dictionary<string, string> { ["Shown"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task ManyLinksSendACommentToModerationWhateverThePolicy()
    {
        var story = await app.PublishedStoryAsync();

        var response = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story),
            "See https://a.example and https://b.example and https://c.example");

        Assert.EndsWith("?comment=held#comment-form", response.Headers.Location?.OriginalString);
        Assert.Equal(CommentStatus.Pending, Assert.Single(await app.CommentsOfAsync(story.Id)).Status);
    }

    [Fact]
    public async Task StoryListsShowTheCommentCount()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var client = app.CreateBrowserClient();
        await client.PostCommentAsync(TestData.UrlOf(story), "One");
        await client.PostCommentAsync(TestData.UrlOf(story), "Two");

        var list = await client.GetDocumentAsync($"/section/{section.Slug}");

        // The card carries a slot for the count, linking to the comments, which its script fills.
        var slot = list.QuerySelector($".card .meta [data-comments-of='{story.Id}'] a");
        Assert.EndsWith(TestData.UrlOf(story) + "#comments", slot?.GetAttribute("href"));
        Assert.Equal("2 comments", (await client.CommentCountsOnAsync($"/section/{section.Slug}"))[story.Id]);
    }
}
