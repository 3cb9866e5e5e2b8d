using System.Net;
using System.Net.Http.Headers;
using Magazine.Core.Entities;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Speed;

public sealed class ReaderCacheTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    [Fact]
    public async Task AnonymousPagesAreServedFromTheCacheUntilContentChanges()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Original headline");
        var client = app.CreateClient();
        var urls = new[] { TestData.UrlOf(story), $"/section/{section.Slug}", "/" };
        foreach (var url in urls)
        {
            await client.GetAsync(url);
        }

        var cached = await client.GetAsync(TestData.UrlOf(story));
        await app.WithDbAsync(async db =>
        {
            db.Articles.Find(story.Id)!.Title = "Corrected headline";
            await db.SaveChangesAsync();
        });

        Assert.NotNull(cached.Headers.Age);
        foreach (var url in urls)
        {
            var fresh = await client.GetStringAsync(url);
            Assert.Contains("Corrected headline", fresh);
            Assert.DoesNotContain("Original headline", fresh);
        }
    }

    [Fact]
    public async Task ScheduledStoryAppearsOnCachedPagesWhenItsTimeComes()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, publishedAt: app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30));
        var client = app.CreateClient();
        Assert.DoesNotContain(story.Title, await client.GetStringAsync($"/section/{section.Slug}"));
        Assert.NotNull((await client.GetAsync($"/section/{section.Slug}")).Headers.Age);

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Contains(story.Title, await client.GetStringAsync($"/section/{section.Slug}"));
        Assert.Contains(story.Title, await client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TestData.UrlOf(story))).StatusCode);
    }

    [Fact]
    public async Task ApprovedCommentShowsOnTheCachedStoryPage()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateBrowserClient();
        await client.GetAsync(TestData.UrlOf(story));

        await client.PostCommentAsync(TestData.UrlOf(story), "Fresh reaction");

        Assert.Contains("Fresh reaction", await client.GetStringAsync(TestData.UrlOf(story)));
    }

    [Fact]
    public async Task CommentFormOnACachedPageWorksForTheNextGuest()
    {
        var story = await app.PublishedStoryAsync();
        await app.CreateClient().GetAsync(TestData.UrlOf(story));
        var second = await app.CreateBrowserClient().GetAsync(TestData.UrlOf(story));
        Assert.NotNull(second.Headers.Age);
        var page = Html.Parse(await second.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));

        var fields = CommentForms.FormFields(page, "form[action='/comments']");
        fields["Name"] = "Second guest";
        fields["Body"] = "Posted from a cached page";
        var response = await app.CreateBrowserClient().PostAsync("/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await app.CommentsOfAsync(story.Id), c => c.BodyMarkdown == "Posted from a cached page");
    }

    [Fact]
    public async Task SignedInReadersNeverGetOrLeaveCachedPages()
    {
        var story = await app.PublishedStoryAsync();
        var reader = app.CreateBrowserClient();
        var fields = CommentForms.FormFields(await reader.GetDocumentAsync("/account/register"), "main form");
        fields["DisplayName"] = "Signed";
        fields["Email"] = $"{Guid.NewGuid():N}@example.com";
        fields["Password"] = fields["ConfirmPassword"] = "correct horse 42";
        await reader.PostAsync("/account/register", new FormUrlEncodedContent(fields));
        await reader.SignInAsync(fields["Email"], "correct horse 42");

        await app.CreateClient().GetAsync(TestData.UrlOf(story));
        var signedIn = await reader.GetAsync(TestData.UrlOf(story));
        var anonymousAfter = await app.CreateClient().GetStringAsync(TestData.UrlOf(story));

        Assert.Null(signedIn.Headers.Age);
        Assert.Contains("Commenting as", await signedIn.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Commenting as", anonymousAfter);
        Assert.DoesNotContain("__RequestVerificationToken", anonymousAfter);
    }

    [Fact]
    public async Task RevisitsGetNotModifiedUntilSomethingChanges()
    {
        var story = await app.PublishedStoryAsync();
        var client = app.CreateClient();
        var first = await client.GetAsync(TestData.UrlOf(story));
        var etag = first.Headers.ETag!;

        var revisit = new HttpRequestMessage(HttpMethod.Get, TestData.UrlOf(story));
        revisit.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(revisit);
        var byDate = new HttpRequestMessage(HttpMethod.Get, TestData.UrlOf(story));
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var notModifiedByDate = await client.SendAsync(byDate);

        await app.StoryAsync((await app.SectionAndAuthorAsync()).Section, (await app.SectionAndAuthorAsync()).Author);
        var afterChange = new HttpRequestMessage(HttpMethod.Get, TestData.UrlOf(story));
        afterChange.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterChange);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task PagesAreCompressedForClientsThatAccept()
    {
        var story = await app.PublishedStoryAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, TestData.UrlOf(story));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
