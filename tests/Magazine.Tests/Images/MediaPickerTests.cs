using System.Net;
using System.Text.Json;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Images;

/// <summary>The story editor's picker, and the Markdown it inserts: an image with its caption and credit as a figure.</summary>
public sealed class MediaPickerTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private async Task<MediaFile> UploadAsync(HttpClient client, string name, string alt, string caption, string credit)
    {
        var response = await client.PostMultipartAsync("/admin/media",
            new() { ["Form.Alt"] = alt, ["Form.Caption"] = caption, ["Form.Credit"] = credit },
            "Form.File", name, TestImages.UniquePng(), "image/png");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == name));
    }

    [Fact]
    public async Task ImageWithCaptionAndCreditIsPublishedAsAFigure()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var file = await UploadAsync(editor, TestData.Unique("lanterns") + ".png", "Lanterns", "", "");
        var url = MediaStore.UrlOf(file.StoredName);
        var title = "Figure " + TestData.Unique("f");
        var id = await editor.CreateStoryAsync(title, $"The souk at night.\n\n^^^\n![Paper lanterns over a lane]({url})\n^^^ Lanterns at dusk — Photo: Rami Haddad\n\nMore text.", "Publish");

        var story = await app.StoredStoryAsync(id);
        var page = await app.CreateClient().GetDocumentAsync(StoryUrls.Article(story.PublishedAt!.Value, story.Slug));

        var figure = page.QuerySelector("article.story .prose figure");
        Assert.NotNull(figure);
        Assert.Equal("Lanterns at dusk — Photo: Rami Haddad", figure.QuerySelector("figcaption")?.TextContent.Trim());
        var image = figure.QuerySelector("img")!;
        Assert.Equal(("Paper lanterns over a lane", url, "lazy"), (image.GetAttribute("alt"), image.GetAttribute("src"), image.GetAttribute("loading")));
        Assert.Equal(ResponsiveImage.Parse(url)!.Srcset, image.GetAttribute("srcset"));
    }

    [Fact]
    public async Task PickerFindsLibraryImagesWithWhatTheyAreDescribedWith()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var credit = TestData.Unique("Photographer");
        var file = await UploadAsync(writer, TestData.Unique("pick") + ".png", "A fountain in a courtyard", "The Azem palace", credit);

        var response = await writer.GetAsync("/admin/media/pick?q=" + Uri.EscapeDataString(credit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(
            (MediaStore.UrlOf(file.StoredName), "A fountain in a courtyard", "The Azem palace", credit),
            (item.GetProperty("url").GetString(), item.GetProperty("alt").GetString(), item.GetProperty("caption").GetString(), item.GetProperty("credit").GetString()));
        Assert.False(json.RootElement.GetProperty("hasMore").GetBoolean());
    }

    [Theory]
    [InlineData("/admin/media/pick?page=0")]
    [InlineData("/admin/media/pick?page=many")]
    [InlineData("/admin/media/pick?page=99999999")]
    public async Task PickerAnswersBadPagesWithNotFound(string address)
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task PickerIsForTheNewsroomOnly()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/media/pick");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EditorOffersThePickerOnlyToScriptsAndExplainsCaptionsInBothLanguages()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var english = await writer.GetDocumentAsync("/admin/stories/new");
        var arabic = await writer.GetDocumentAsync("/ar/admin/stories/new");

        Assert.All(english.QuerySelectorAll("[data-media-picker]"), b => Assert.True(b.HasAttribute("hidden")));
        Assert.Equal(["body", "hero"], english.QuerySelectorAll("[data-media-picker]").Select(b => b.GetAttribute("data-media-picker")!));
        Assert.Equal("/admin/media/pick", english.QuerySelector("dialog#media-picker")?.GetAttribute("data-url"));
        Assert.Contains("Caption and credit under an image:", english.QuerySelector("#body-hint")!.TextContent);
        Assert.Contains("^^^ Caption — Credit", english.QuerySelector("#body-hint")!.TextContent);
        Assert.Contains("تعليق الصورة ومصدرها تحتها:", arabic.QuerySelector("#body-hint")!.TextContent);
        Assert.Equal("/ar/admin/media/pick", arabic.QuerySelector("dialog#media-picker")?.GetAttribute("data-url"));
    }
}
