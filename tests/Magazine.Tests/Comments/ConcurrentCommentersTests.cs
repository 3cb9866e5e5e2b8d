using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Comments;

public sealed class ConcurrentCommentersTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    [Fact]
    public async Task FourHundredCommentsFromTwentyReadersAreAllStored()
    {
        var story = await app.PublishedStoryAsync();
        var url = TestData.UrlOf(story);
        var fields = CommentForms.FormFields(await app.CreateClient().GetDocumentAsync(url), "form[action='/comments']");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(reader => Task.Run(async () =>
        {
            var client = app.CreateBrowserClient();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
            {
                var form = new Dictionary<string, string>(fields) { ["Name"] = $"Reader {reader}", ["Body"] = $"Comment {reader}-{i}" };
                statuses.Add((await client.PostAsync("/comments", new FormUrlEncodedContent(form))).StatusCode);
            }
            return statuses;
        })));

        Assert.All(results.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.Redirect, status));
        var stored = await app.CommentsOfAsync(story.Id);
        Assert.Equal(400, stored.Count);
        Assert.Equal(400, stored.Select(c => c.BodyMarkdown).Distinct().Count());
        Assert.Equal(400, await app.WithDbAsync(db => Task.FromResult(db.Articles.Find(story.Id)!.CommentCount)));
    }
}
