using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Images;

/// <summary>The newsroom's media page: describe, find, see where an image is used, delete one nothing uses.</summary>
public sealed class MediaLibraryTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private string UploadsFolder => Path.Combine(app.DataDirectory, "uploads");

    private async Task<MediaFile> UploadAsync(HttpClient client, string name, string caption = "", string credit = "")
    {
        var response = await client.PostMultipartAsync("/admin/media",
            new() { ["Form.Alt"] = "A picture", ["Form.Caption"] = caption, ["Form.Credit"] = credit },
            "Form.File", name, TestImages.UniquePng(), "image/png");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == name));
    }

    [Fact]
    public async Task CaptionAndCreditAreKeptAndFoundBySearch()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var credit = TestData.Unique("Photographer");
        var file = await UploadAsync(writer, TestData.Unique("souk") + ".png", "Lanterns at dusk", credit);
        Assert.Equal(("Lanterns at dusk", credit), (file.Caption, file.Credit));

        var fields = new Dictionary<string, string> { ["Form.Alt"] = "Lanterns", ["Form.Caption"] = "Lanterns at night", ["Form.Credit"] = credit + " for the magazine" };
        var saved = await writer.PostFormAsync($"/admin/media/{file.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var found = await writer.GetDocumentAsync("/admin/media?q=" + Uri.EscapeDataString(credit));
        var items = found.QuerySelectorAll(".media-grid li");
        Assert.Single(items);
        Assert.Contains("Lanterns at night", items[0].TextContent);
        Assert.Contains("Not used", items[0].TextContent);
        var none = await writer.GetDocumentAsync("/admin/media?q=" + TestData.Unique("nothing-like-this"));
        Assert.Empty(none.QuerySelectorAll(".media-grid li"));
    }

    [Fact]
    public async Task DescriptionIsRequiredWhenEditing()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var file = await UploadAsync(writer, TestData.Unique("alt") + ".png");

        var response = await writer.PostFormAsync($"/admin/media/{file.Id}", new() { ["Form.Alt"] = " ", ["Form.Caption"] = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("Describe the image", page.QuerySelector("[data-valmsg-for='Form.Alt']")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostFormAsync("/admin/media/999999", new() { ["Form.Alt"] = "x" })).StatusCode);
    }

    [Fact]
    public async Task ImageInUseIsNotDeletedAndTheRefusalNamesTheStories()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var hero = await UploadAsync(editor, TestData.Unique("hero") + ".png");
        var inBody = await UploadAsync(editor, TestData.Unique("body") + ".png");
        var heroStory = "Hero story " + TestData.Unique("s");
        var bodyStory = "Body story " + TestData.Unique("s");
        await editor.CreateStoryAsync(heroStory, change: f => { f["Form.HeroImageUrl"] = MediaStore.UrlOf(hero.StoredName); f["Form.HeroImageAlt"] = "A"; });
        await editor.CreateStoryAsync(bodyStory, $"Before.\n\n![A picture]({ResponsiveImage.Parse(MediaStore.UrlOf(inBody.StoredName))!.UrlAt(1)})\n\nAfter.");

        var list = await editor.GetDocumentAsync("/admin/media");
        Assert.Contains(list.QuerySelectorAll(".media-grid li"), li => li.TextContent.Contains(hero.OriginalName) && li.TextContent.Contains(heroStory));

        foreach (var (file, story) in new[] { (hero, heroStory), (inBody, bodyStory) })
        {
            var response = await editor.PostFormAsync($"/admin/media/{file.Id}/delete", []);

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var page = await response.DocumentAsync();
            Assert.Contains($"still used by “{story}”", page.QuerySelector(".form-errors")?.TextContent);
            Assert.True(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == file.Id)));
            Assert.NotEmpty(Directory.GetFiles(UploadsFolder, file.ContentKey + "-*"));
        }
    }

    [Fact]
    public async Task UsesAreRecordedAtEachSaveSoAnImageTakenOutOfItsStoryCanBeDeleted()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var file = await UploadAsync(editor, TestData.Unique("recorded") + ".png");
        var image = ResponsiveImage.Parse(MediaStore.UrlOf(file.StoredName))!;
        var title = "Recorded use " + TestData.Unique("s");
        var id = await editor.CreateStoryAsync(title, $"Before.\n\n![A picture]({image.Src})\n\nAfter.");

        var stored = await app.StoredStoryAsync(id);
        Assert.Contains($"srcset=\"{image.Srcset}\"", stored.BodyHtml);
        Assert.Equal([id], await app.WithDbAsync(db => db.ArticleMediaUses.Where(u => u.MediaFileId == file.Id).Select(u => u.ArticleId).ToListAsync()));
        var found = await editor.GetDocumentAsync("/admin/media?q=" + Uri.EscapeDataString(file.OriginalName));
        Assert.Contains(title, Assert.Single(found.QuerySelectorAll(".media-grid > li")).TextContent);
        var refused = await editor.PostFormAsync($"/admin/media/{file.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"still used by “{title}”", (await refused.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);

        var edited = await editor.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Before.\n\nAfter, with no picture.");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var unused = await editor.GetDocumentAsync("/admin/media?q=" + Uri.EscapeDataString(file.OriginalName));
        Assert.Contains("Not used", Assert.Single(unused.QuerySelectorAll(".media-grid > li")).TextContent);
        var deleted = await editor.PostFormAsync($"/admin/media/{file.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == file.Id)));
        Assert.Empty(Directory.GetFiles(UploadsFolder, file.ContentKey + "-*"));
    }

    [Fact]
    public async Task ImageOnAStandalonePageIsInUseUntilThePageIsDeleted()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var file = await UploadAsync(editor, TestData.Unique("page") + ".png");
        var title = "Masthead " + TestData.Unique("p");
        var slug = TestData.Unique("masthead");
        var form = StoryEditing.FieldsOf((await editor.GetDocumentAsync("/admin/pages/new")).QuerySelector("form[action='/admin/pages/new']")!);
        form["Form.Title"] = title;
        form["Form.Slug"] = slug;
        form["Form.BodyMarkdown"] = $"Our team.\n\n![The newsroom]({MediaStore.UrlOf(file.StoredName)})";
        form["command"] = "save";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync("/admin/pages/new", new FormUrlEncodedContent(form))).StatusCode);
        var pageId = await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

        var refused = await editor.PostFormAsync($"/admin/media/{file.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"still used by “{title}”", (await refused.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);

        var deletePage = StoryEditing.FieldsOf((await editor.GetDocumentAsync($"/admin/pages/{pageId}")).QuerySelector($"form[action='/admin/pages/{pageId}/delete']")!);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/admin/pages/{pageId}/delete", new FormUrlEncodedContent(deletePage))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/media/{file.Id}/delete", [])).StatusCode);
        Assert.Empty(Directory.GetFiles(UploadsFolder, file.ContentKey + "-*"));
    }

    [Fact]
    public async Task UnusedImageIsDeletedWithEveryFileMadeFromIt()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var file = await UploadAsync(editor, TestData.Unique("unused") + ".png");
        var made = Directory.GetFiles(UploadsFolder, file.ContentKey + "-*");
        Assert.Equal(2, made.Length); // the image at its own width, and its social card

        var response = await editor.PostFormAsync($"/admin/media/{file.Id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == file.Id)));
        Assert.Empty(Directory.GetFiles(UploadsFolder, file.ContentKey + "-*"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(MediaStore.UrlOf(file.StoredName))).StatusCode);
    }

    [Fact]
    public async Task WritersMayNotDeleteImages()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var file = await UploadAsync(writer, TestData.Unique("writers") + ".png");

        var response = await writer.PostFormAsync($"/admin/media/{file.Id}/delete", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == file.Id)));
    }
}
