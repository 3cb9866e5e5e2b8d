using System.Net;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

/// <summary>The comment form's note expires after hours, and the same comment sent twice from one form is stored once.</summary>
public sealed class CommentFormNoteTests : IDisposable
{
    private readonly MagazineFactory _app = new OpenCommentsFactory().BehindAProxy();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AFormOlderThanItsLifetimeIsRefusedAndTheFreshOneItComesBackWithIsAccepted()
    {
        var story = await _app.PublishedStoryAsync();
        var client = _app.CreateClientAt("203.0.113.10");
        var form = await FormAsync(client, TestData.UrlOf(story));
        form["Body"] = "Written yesterday";

        _app.Clock.Advance(TimeSpan.FromHours(25));
        var expired = await client.PostAsync("/comments", new FormUrlEncodedContent(form));
        var page = Html.Parse(await expired.Content.ReadAsStringAsync());
        var fresh = CommentForms.FormFields(page, "form[action='/comments']");
        var accepted = await client.PostAsync("/comments", new FormUrlEncodedContent(fresh));

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("The form has expired", page.QuerySelector("#comment-form .form-errors")?.TextContent);
        Assert.Equal("Written yesterday", fresh["Body"]);
        Assert.NotEqual(form["Shown"], fresh["Shown"]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("Written yesterday", Assert.Single(await _app.CommentsOfAsync(story.Id)).BodyMarkdown);
    }

    [Fact]
    public async Task AFormWithinItsLifetimeIsAccepted()
    {
        var story = await _app.PublishedStoryAsync();
        var client = _app.CreateClientAt("203.0.113.11");
        var form = await FormAsync(client, TestData.UrlOf(story));
        form["Body"] = "Written this morning";

        _app.Clock.Advance(TimeSpan.FromHours(23));
        var response = await client.PostAsync("/comments", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await _app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task TheSameCommentSentTwiceFromOneFormIsStoredOnce()
    {
        var story = await _app.PublishedStoryAsync();
        var client = _app.CreateClientAt("203.0.113.12");
        var form = await FormAsync(client, TestData.UrlOf(story));
        form["Body"] = "Sent twice by a double click";

        var first = await client.PostAsync("/comments", new FormUrlEncodedContent(form));
        var second = await client.PostAsync("/comments", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var page = Html.Parse(await second.Content.ReadAsStringAsync());
        Assert.Contains("already sent from this form", page.QuerySelector("#comment-form .form-errors")?.TextContent);
        Assert.Single(await _app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task GuestsSharingACachedPageEachPostTheirOwnComments()
    {
        var story = await _app.PublishedStoryAsync();
        var url = TestData.UrlOf(story);
        var first = _app.CreateClientAt("203.0.113.13");
        var second = _app.CreateClientAt("203.0.113.14");
        var firstForm = await FormAsync(first, url);
        var secondForm = await FormAsync(second, url);
        firstForm["Body"] = secondForm["Body"] = "Me too";

        var firstPost = await first.PostAsync("/comments", new FormUrlEncodedContent(firstForm));
        var secondPost = await second.PostAsync("/comments", new FormUrlEncodedContent(secondForm));
        firstForm["Body"] = "And another thought";
        var anotherFromTheSameForm = await first.PostAsync("/comments", new FormUrlEncodedContent(firstForm));

        Assert.Equal(firstForm["Shown"], secondForm["Shown"]);
        Assert.Equal(HttpStatusCode.Redirect, firstPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, secondPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anotherFromTheSameForm.StatusCode);
        Assert.Equal(3, (await _app.CommentsOfAsync(story.Id)).Count);
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string url)
    {
        var form = CommentForms.FormFields(await client.GetDocumentAsync(url), "form[action='/comments']");
        form["Name"] = "Reader";
        return form;
    }
}
