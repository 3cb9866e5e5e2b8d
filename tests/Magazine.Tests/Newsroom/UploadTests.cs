using System.Net;
using System.Text;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Newsroom;

public sealed class UploadTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private string UploadsFolder => Path.Combine(app.DataDirectory, "uploads");

    private Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType, string alt = "A test image") =>
        client.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = alt }, "Form.File", fileName, bytes, contentType);

    [Fact]
    public async Task ImageIsStoredUnderItsContentsNameAndServedWithLongCachingAndNosniff()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var original = "my holiday " + TestData.Unique("p") + ".png";

        var response = await UploadAsync(writer, TestImages.UniquePng(), original, "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == original));
        Assert.Matches("^[0-9a-f]{20}-3x2\\.webp$", file.StoredName);
        Assert.Equal(("image/webp", "A test image", 3, 2), (file.ContentType, file.Alt, file.Width, file.Height));
        Assert.True(File.Exists(Path.Combine(UploadsFolder, file.StoredName)));

        var served = await app.CreateClient().GetAsync(MediaStore.UrlOf(file.StoredName));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), served.Headers.CacheControl?.MaxAge);
        Assert.True(served.Headers.CacheControl?.Public);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());

        var media = await writer.GetDocumentAsync("/admin/media");
        Assert.Contains(media.QuerySelectorAll(".media-grid img"), img => img.GetAttribute("src") == MediaStore.UrlOf(file.StoredName));
    }

    [Fact]
    public async Task ContentDecidesTheTypeNotTheName()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var original = TestData.Unique("really-a-png") + ".jpg";

        var response = await UploadAsync(writer, TestImages.UniquePng(), original, "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == original));
        Assert.EndsWith("-3x2.webp", file.StoredName);
    }

    [Fact]
    public async Task JpgThatIsReallyTextIsRefused()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var before = Directory.GetFiles(UploadsFolder).Length;
        var original = TestData.Unique("photo") + ".jpg";

        var response = await UploadAsync(writer, Encoding.UTF8.GetBytes("<script>alert('not an image')</script>"), original, "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("is not a JPEG, PNG, WebP or GIF image", page.QuerySelector("[data-valmsg-for='Form.File']")?.TextContent);
        Assert.Equal(before, Directory.GetFiles(UploadsFolder).Length);
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.OriginalName == original)));
    }

    [Fact]
    public async Task ImageOfExactlyTheLimitIsAccepted()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var response = await UploadAsync(writer, TestImages.RealJpegOfLength(MediaStore.MaxBytes), "limit.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task OneByteOverTheLimitIs413WithAClearMessage()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var before = Directory.GetFiles(UploadsFolder).Length;

        var response = await UploadAsync(writer, TestImages.JpegOfLength(MediaStore.MaxBytes + 1), "big.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("larger than 25 MB", page.QuerySelector("[data-valmsg-for='Form.File']")?.TextContent);
        Assert.Equal(before, Directory.GetFiles(UploadsFolder).Length);
    }

    [Fact]
    public async Task RequestFarOverTheLimitIs413OnTheSiteErrorPage()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var response = await UploadAsync(writer, TestImages.JpegOfLength(MediaStore.MaxRequestBytes + 1024), "huge.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Too large", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task OversizedHeroImageKeepsTheStoryTextOnTheForm()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = "Hero " + TestData.Unique("h");
        var fields = await writer.EditorFieldsAsync();
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "An hour of careful writing.";
        fields["Form.HeroImageAlt"] = "A market street";
        fields["Form.Command"] = "Save";
        fields.Remove("__RequestVerificationToken");

        var response = await writer.PostMultipartAsync("/admin/stories/new", fields, "Form.HeroImage", "big.jpg", TestImages.JpegOfLength(MediaStore.MaxBytes + 1), "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("larger than 25 MB", page.QuerySelector("[data-valmsg-for='Form.HeroImage']")?.TextContent);
        Assert.Equal("An hour of careful writing.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task HeroImageIsUploadedWithTheStoryAndNeedsItsDescription()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = "Hero " + TestData.Unique("h");
        var fields = await writer.EditorFieldsAsync();
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "Text.";
        fields["Form.Command"] = "Save";
        fields.Remove("__RequestVerificationToken");

        var withoutAlt = await writer.PostMultipartAsync("/admin/stories/new", fields, "Form.HeroImage", "hero.png", TestImages.UniquePng(), "image/png");

        Assert.Equal(HttpStatusCode.OK, withoutAlt.StatusCode);
        var page = await withoutAlt.DocumentAsync();
        Assert.Contains("Describe the hero image", page.QuerySelector("[data-valmsg-for='Form.HeroImageAlt']")?.TextContent);
        // The upload itself is kept, so only the description is missing.
        var uploaded = page.QuerySelector("input[name='Form.HeroImageUrl']")?.GetAttribute("value");
        Assert.StartsWith("/media/", uploaded);

        var again = StoryEditing.FieldsOf(page.QuerySelector("form#story-form")!);
        again["Form.HeroImageAlt"] = "Lanterns over the old souk";
        again["Form.Command"] = "Save";
        var saved = await writer.PostAsync("/admin/stories/new", new FormUrlEncodedContent(again));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        Assert.Equal((uploaded, "Lanterns over the old souk"), (story.HeroImageUrl, story.HeroImageAlt));
    }

    [Theory]
    [InlineData("/media/..%2Fmagazine.db")]
    [InlineData("/media/%2E%2E/magazine.db")]
    [InlineData("/media/no-such-file.png")]
    public async Task NothingOutsideTheUploadsIsServed(string url)
    {
        await app.CreateClient().GetAsync("/");

        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
