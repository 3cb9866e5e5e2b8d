using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Images;

/// <summary>A body image as readers get it: every size on the story page, one plain column-wide address in the feed.</summary>
public sealed class BodyImageServingTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task StoryPageOffersEverySizeAndTheFeedOneColumnWideFile()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var name = TestData.Unique("courtyard") + ".jpg";
        var uploaded = await editor.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "A courtyard" },
            "Form.File", name, TestImages.Jpeg(1500, 1000, seed: 7), "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var file = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == name));
        var image = ResponsiveImage.Parse(MediaStore.UrlOf(file.StoredName))!;
        var title = "Courtyard " + TestData.Unique("c");
        var id = await editor.CreateStoryAsync(title, $"A fountain.\n\n![A courtyard with a fountain]({image.Src})", "Publish");
        var story = await app.StoredStoryAsync(id);

        var page = await app.CreateClient().GetDocumentAsync(StoryUrls.Article(story.PublishedAt!.Value, story.Slug));
        var shown = page.QuerySelector("article.story .prose img")!;
        Assert.Equal((image.Src, image.Srcset, "1500", "1000", "lazy"),
            (shown.GetAttribute("src"), shown.GetAttribute("srcset"), shown.GetAttribute("width"), shown.GetAttribute("height"), shown.GetAttribute("loading")));

        var response = await app.CreateClient().GetAsync("/feed");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")?.Value == title);
        var content = Html.Parse(entry.Element(Atom + "content")!.Value).QuerySelector("img")!;
        Assert.Matches($@"^https?://[^/]+/media/{file.ContentKey}-960\.webp$", content.GetAttribute("src"));
        Assert.Equal("A courtyard with a fountain", content.GetAttribute("alt"));
        Assert.False(content.HasAttribute("srcset"));
    }
}
