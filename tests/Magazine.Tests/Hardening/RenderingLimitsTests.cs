using System.Diagnostics;
using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

/// <summary>Deeply nested and oversized text, sent the way attackers did: through the forms, never a 5xx, never minutes of work.</summary>
public sealed class RenderingLimitsTests(OpenCommentsFactory app) : IClassFixture<OpenCommentsFactory>
{
    private static readonly string NestedQuotes = new string('>', 130) + " deep";

    [Theory]
    [InlineData(">", 130)]
    [InlineData("- ", 130)]
    [InlineData("[", 130)]
    [InlineData("*", 130)]
    public async Task GuestCommentNestedTooDeeplyIsRefusedOnTheForm(string unit, int times)
    {
        var story = await app.PublishedStoryAsync();
        var body = string.Concat(Enumerable.Repeat(unit, times)) + " deep";

        var response = await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), body);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("too deeply", page.DocumentElement.TextContent);
        }
    }

    [Fact]
    public async Task StorySavedWithDeepNestingGetsAFormErrorNotAServerError()
    {
        var (client, _) = await app.SignedInAsync(Roles.Writer);

        var response = await client.NewStoryAsync("Deep", NestedQuotes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too deeply", (await response.DocumentAsync()).DocumentElement.TextContent);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b><i>")]
    [InlineData("[a]( ")]
    [InlineData("*a ")]
    [InlineData("| x ")]
    public async Task PreviewOfHalfAMillionAdversarialCharactersIsQuick(string unit)
    {
        var (client, _) = await app.SignedInAsync(Roles.Writer);
        var body = string.Concat(Enumerable.Repeat(unit, 500_000 / unit.Length));
        await client.PostFormAsync("/admin/stories/preview", new() { ["Form.BodyMarkdown"] = "warm-up" });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.BodyMarkdown"] = body,
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(),
        });
        await form.LoadIntoBufferAsync();

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/admin/stories/preview", form);
        var html = await response.Content.ReadAsStringAsync();
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("form-errors", html);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"preview took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task EditorEditingACommentIntoDeepNestingGetsAFormError()
    {
        var story = await app.PublishedStoryAsync();
        await app.CreateBrowserClient().PostCommentAsync(TestData.UrlOf(story), "A fine comment.");
        var comment = Assert.Single(await app.CommentsOfAsync(story.Id));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await editor.PostFormAsync($"/admin/comments/{comment.Id}/edit", new() { ["Body"] = NestedQuotes });

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        Assert.Equal("A fine comment.", Assert.Single(await app.CommentsOfAsync(story.Id)).BodyMarkdown);
    }
}
