using System.Net;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

/// <summary>
/// Monitors and link checkers ask with HEAD: every page that answers GET answers it with
/// the same status and headers (Kestrel leaves the body out; the test server does not).
/// </summary>
public sealed class HeadRequestsTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task PagesThatAnswerGetAnswerHeadWithTheSameStatus()
    {
        var story = await app.PublishedStoryAsync();
        var section = await app.WithDbAsync(db => Task.FromResult(db.Categories.Single(c => c.Id == story.CategoryId).Slug));
        var urls = new[]
        {
            "/", TestData.UrlOf(story), "/ar" + TestData.UrlOf(story), $"/section/{section}", "/latest", "/search?q=story",
            "/feed", "/sitemap.xml", "/robots.txt", "/account/signin", "/healthz",
        };
        var client = app.CreateClient();
        foreach (var url in urls)
        {
            var get = await client.GetAsync(url);
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.True(get.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)get.StatusCode}");
            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {url} answered {(int)head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task HeadOfAMissingStoryIsNotFound()
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/2020/01/no-such-story"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
