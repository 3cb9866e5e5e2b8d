using System.Net;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Comments;

public sealed class ReaderAccountCommentsTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    private async Task<HttpClient> RegisteredReaderAsync(string name)
    {
        var client = app.CreateBrowserClient();
        var fields = CommentForms.FormFields(await client.GetDocumentAsync("/account/register"), "main form");
        fields["DisplayName"] = name;
        fields["Email"] = $"{Guid.NewGuid():N}@example.com";
        fields["Password"] = "correct horse 42";
        fields["ConfirmPassword"] = "correct horse 42";
        var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The link in the confirmation message (Mail/AccountMailTests follows it) does this.
        var email = fields["Email"];
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, true)));
        // Registering signs nobody in (the answer must not tell a new address from a taken one).
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(fields["Email"], "correct horse 42")).StatusCode);
        return client;
    }

    [Fact]
    public async Task RegisteredReaderCommentsUnderTheirAccountWithAToken()
    {
        var story = await app.PublishedStoryAsync();
        var client = await RegisteredReaderAsync("Yara");

        var page = await client.GetDocumentAsync(TestData.UrlOf(story));
        var response = await client.PostCommentAsync(TestData.UrlOf(story), "Signed-in words", name: null);

        Assert.Contains("Commenting as", page.QuerySelector("#comment-form")?.TextContent);
        Assert.Null(page.QuerySelector("#comment-name"));
        Assert.NotNull(page.QuerySelector("form[action='/comments'] input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var comment = Assert.Single(await app.CommentsOfAsync(story.Id));
        Assert.Equal("Yara", comment.AuthorName);
        Assert.NotNull(comment.UserId);
    }

    [Fact]
    public async Task SignedInPostWithoutTokenIsRefused()
    {
        var story = await app.PublishedStoryAsync();
        var client = await RegisteredReaderAsync("Sami");

        var response = await client.PostCommentAsync(TestData.UrlOf(story), "No token", name: null,
            overrides: new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.CommentsOfAsync(story.Id));
    }

    [Fact]
    public async Task ReaderEditsAndDeletesOwnCommentOnlyWithinFifteenMinutes()
    {
        var story = await app.PublishedStoryAsync();
        var client = await RegisteredReaderAsync("Lina");
        await client.PostCommentAsync(TestData.UrlOf(story), "First draft", name: null);
        await client.PostCommentAsync(TestData.UrlOf(story), "Second", name: null);
        var (first, second) = (await app.CommentsOfAsync(story.Id)) switch { var l => (l[0], l[1]) };
        var page = await client.GetDocumentAsync(TestData.UrlOf(story));

        var edit = CommentForms.FormFields(page, $"form[action='/comments/{first.Id}/edit']");
        edit["body"] = "Better words";
        var edited = await client.PostAsync($"/comments/{first.Id}/edit", new FormUrlEncodedContent(edit));
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var delete = CommentForms.FormFields(page, $"form[action='/comments/{second.Id}/delete']");
        var tooLate = await client.PostAsync($"/comments/{second.Id}/delete", new FormUrlEncodedContent(delete));
        var stranger = app.CreateBrowserClient();
        var byStranger = await stranger.PostAsync($"/comments/{first.Id}/delete", new FormUrlEncodedContent(delete));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", byStranger.Headers.Location?.ToString());
        var stored = await app.CommentsOfAsync(story.Id);
        Assert.Equal("Better words", stored[0].BodyMarkdown);
        Assert.NotNull(stored[0].UpdatedAt);
        Assert.Null(stored[0].DeletedAt);
        Assert.Null(stored[1].DeletedAt);
    }

    [Fact]
    public async Task RegistrationErrorsComeBackOnTheForm()
    {
        var client = app.CreateBrowserClient();
        var fields = CommentForms.FormFields(await client.GetDocumentAsync("/account/register"), "main form");
        fields["DisplayName"] = "Weak";
        fields["Email"] = "weak@example.com";
        fields["Password"] = "short";
        fields["ConfirmPassword"] = "short";

        var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 10 characters", await response.Content.ReadAsStringAsync());
        Assert.Equal("Weak", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#DisplayName")?.GetAttribute("value"));
    }
}
