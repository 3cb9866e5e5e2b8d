using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Newsroom;

/// <summary>Private preview links: signed, expiring, revocable, and the whole story as readers will see it.</summary>
public sealed class PreviewLinkTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static async Task<string> MakeLinkAsync(HttpClient client, int id)
    {
        var made = await client.PressAsync(id, "preview-link");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var editor = await client.GetDocumentAsync($"/admin/stories/{id}");
        var address = editor.QuerySelector("#preview-link-address")?.GetAttribute("value") ?? throw new InvalidOperationException("no preview link shown");
        return new Uri(address).PathAndQuery;
    }

    [Fact]
    public async Task ALinkShowsTheUnpublishedStoryToASignedOutReaderUntilRevoked()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = "Embargoed " + TestData.Unique("p");
        var id = await writer.CreateStoryAsync(title, "## The scoop\n\nNot out yet.", change: f =>
        {
            f["Form.Dek"] = "A standfirst under it.";
            f["Form.Tags"] = "Scoops, Embargo";
        });
        var path = await MakeLinkAsync(writer, id);
        var stranger = app.CreateClient();

        var response = await stranger.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = await response.DocumentAsync();
        Assert.Equal(title, page.QuerySelector("article.story h1")?.TextContent);
        Assert.Equal("A standfirst under it.", page.QuerySelector("article.story .dek")?.TextContent);
        Assert.Equal("The scoop", page.QuerySelector("article.story .prose h2")?.TextContent);
        Assert.Equal(["Scoops", "Embargo"], page.QuerySelectorAll("article.story .tags li").Select(t => t.TextContent.Trim()));
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/ar/", page.QuerySelector(".edition-switch")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));

        Assert.Equal(HttpStatusCode.Redirect, (await writer.PressAsync(id, "preview-link/revoke")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task ANewLinkEndsTheOldOne()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Twice shared " + TestData.Unique("p"), "Text.");
        var old = await MakeLinkAsync(writer, id);

        var current = await MakeLinkAsync(writer, id);

        Assert.NotEqual(old, current);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(current)).StatusCode);
    }

    [Fact]
    public async Task ALinkExpires()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Short-lived " + TestData.Unique("p"), "Text.");
        var path = await MakeLinkAsync(writer, id);

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/preview/not-a-signed-token")]
    [InlineData("/preview/CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AForgedLinkIsNotFound(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task AnAlteredLinkIsNotFound()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Tampered " + TestData.Unique("p"), "Text.");
        var path = await MakeLinkAsync(writer, id);
        var altered = path[..^3] + (path[^3] == 'A' ? 'B' : 'A') + path[^2..];

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(altered)).StatusCode);
    }

    [Fact]
    public async Task AnotherWriterCannotShareSomeoneElsesDraft()
    {
        var (owner, _) = await app.SignedInAsync(Roles.Writer);
        var (other, _) = await app.SignedInAsync(Roles.Writer);
        var id = await owner.CreateStoryAsync("Not yours " + TestData.Unique("p"), "Text.");

        var response = await other.PostFormAsync($"/admin/stories/{id}/preview-link", new());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await app.StoredStoryAsync(id)).PreviewKey);
    }
}
