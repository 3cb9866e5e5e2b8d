using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Magazine.Tests.Images;

/// <summary>What happens to a photo between the newsroom's upload and the reader's screen.</summary>
public sealed class ImageProcessingTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private const string Serial = "SN-4242-ALEPPO";

    /// <summary>Metadata groups a served file may carry: exiftool's own, the file's structure, and nothing about where or with what it was taken.</summary>
    private static readonly HashSet<string> HarmlessGroups = ["SourceFile", "ExifTool", "File", "RIFF", "JFIF", "Composite", "ICC_Profile"];

    private string UploadsFolder => Path.Combine(app.DataDirectory, "uploads");

    [SkippableFact]
    public async Task PhonePhotoAsHeroIsServedUprightInEverySizeWithNoMetadataAtAll()
    {
        var work = Directory.CreateTempSubdirectory("magazine-exif-").FullName;
        var phone = Path.Combine(work, "IMG_2041.jpg");
        File.WriteAllBytes(phone, TestImages.Jpeg(4000, 3000, seed: 11));
        ExifTool.Run("-overwrite_original", "-Make=PhoneMaker", "-Model=Phone 12", "-SerialNumber=" + Serial, "-BodySerialNumber=" + Serial,
            "-GPSLatitude=36.2021", "-GPSLatitudeRef=N", "-GPSLongitude=37.1343", "-GPSLongitudeRef=E",
            "-Orientation#=6", "-XMP-dc:Creator=Field reporter", "-IPTC:By-line=Field reporter", "-Comment=taken at the safe house", phone);
        var planted = ExifTool.Tags(phone);
        Assert.Contains("EXIF:GPSLatitude", planted.Keys);
        Assert.Contains("EXIF:SerialNumber", planted.Keys);
        Assert.Equal("6", planted["EXIF:Orientation"]);
        Assert.Contains("XMP:Creator", planted.Keys);
        Assert.Contains("IPTC:By-line", planted.Keys);

        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var title = "Upright " + TestData.Unique("u");
        var fields = await editor.EditorFieldsAsync();
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "Reported from the city.";
        fields["Form.HeroImageAlt"] = "Stalls under the vaulted roof";
        fields["Form.Command"] = "Publish";
        fields.Remove("__RequestVerificationToken");
        var saved = await editor.PostMultipartAsync("/admin/stories/new", fields, "Form.HeroImage", "IMG_2041.jpg", File.ReadAllBytes(phone), "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        var image = ResponsiveImage.Parse(story.HeroImageUrl);
        Assert.NotNull(image);
        var record = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.ContentKey == image.Key));
        Assert.Equal((3000, 4000, "320,640,960,1280,1920"), (record.Width, record.Height, record.VariantWidths));
        Assert.Equal((1920, 2560), (image.Width, image.Height));

        var page = await app.CreateClient().GetDocumentAsync(StoryUrls.Article(story.PublishedAt!.Value, story.Slug));
        var hero = page.QuerySelector(".hero img")!;
        Assert.Equal(("1920", "2560", "high", null), (hero.GetAttribute("width"), hero.GetAttribute("height"), hero.GetAttribute("fetchpriority"), hero.GetAttribute("loading")));
        Assert.Equal("Stalls under the vaulted roof", hero.GetAttribute("alt"));
        Assert.NotNull(hero.GetAttribute("sizes"));
        var ogImage = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var served = hero.GetAttribute("srcset")!.Split(", ").Select(entry => entry.Split(' ')[0])
            .Append(hero.GetAttribute("src")!)
            .Append(new Uri(ogImage).AbsolutePath)
            .Distinct().ToList();
        Assert.Equal(6, served.Count);
        Assert.Equal(
            Directory.GetFiles(UploadsFolder, image.Key + "-*").Select(f => MediaStore.UrlOf(Path.GetFileName(f))).Order(),
            served.Order());

        foreach (var url in served)
        {
            var response = await app.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var copy = Path.Combine(work, Path.GetFileName(url));
            File.WriteAllBytes(copy, bytes);

            var tags = ExifTool.Tags(copy);
            var groups = tags.Keys.Select(k => k.Split(':')[0]).Distinct().ToList();
            Assert.True(groups.All(HarmlessGroups.Contains), $"{url} carries {string.Join(", ", groups.Except(HarmlessGroups))}");
            Assert.DoesNotContain(tags.Values, v => v.Contains(Serial) || v.Contains("36.2") || v.Contains("safe house") || v.Contains("Field reporter"));
            Assert.DoesNotContain(Serial, System.Text.Encoding.Latin1.GetString(bytes));

            using var decoded = Image.NewFromBuffer(bytes);
            if (url.EndsWith("-social.jpg"))
            {
                Assert.Equal((1200, 630), (decoded.Width, decoded.Height));
                continue;
            }
            // Upright: taller than wide, and the white quarter shot at the top left of the sensor sits at the top right.
            Assert.True(decoded.Height > decoded.Width, $"{url} is {decoded.Width}×{decoded.Height}");
            Assert.True(decoded.Getpoint(decoded.Width * 3 / 4, decoded.Height / 4)[0] > 240, $"{url}: top right is not the white quarter");
            Assert.True(decoded.Getpoint(decoded.Width / 4, decoded.Height / 4)[0] < 200, $"{url}: top left is white");
        }
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task DecompressionBombIsRefusedFromItsHeaderWithAClearMessage()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var before = Directory.GetFiles(UploadsFolder).Length;
        var bomb = TestImages.PngBomb();
        Assert.InRange(bomb.Length, 1, MediaStore.MaxBytes);

        var response = await writer.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "Nothing" }, "Form.File", "bomb.png", bomb, "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("40000 × 40000 pixels, more than the 100 megapixels", page.QuerySelector("[data-valmsg-for='Form.File']")?.TextContent);
        Assert.Equal(before, Directory.GetFiles(UploadsFolder).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataDirectory, "incoming")));
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.OriginalName == "bomb.png")));
    }

    [Fact]
    public async Task TruncatedJpegIsRefusedWithAClearMessageAndLeavesNoFile()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var before = Directory.GetFiles(UploadsFolder).Length;

        var response = await writer.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "Half" }, "Form.File", "half.jpg", TestImages.TruncatedJpeg(), "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("the file is damaged or incomplete", page.QuerySelector("[data-valmsg-for='Form.File']")?.TextContent);
        Assert.Equal(before, Directory.GetFiles(UploadsFolder).Length);
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.OriginalName == "half.jpg")));
    }

    [Fact]
    public async Task SmallImageIsNeverEnlargedAndTheSameBytesUploadedTwiceAreOneImage()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var jpeg = TestImages.Jpeg(700, 400, seed: 23);

        var first = await writer.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "Small" }, "Form.File", "small-a.jpg", jpeg, "image/jpeg");
        var second = await writer.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "Small" }, "Form.File", "small-b.jpg", jpeg, "image/jpeg");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var record = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == "small-a.jpg"));
        Assert.False(await app.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.OriginalName == "small-b.jpg")));
        Assert.Equal("320,640,700", record.VariantWidths);
        Assert.Equal($"{record.ContentKey}-700x400.webp", record.StoredName);
        Assert.Equal(
            [$"{record.ContentKey}-320.webp", $"{record.ContentKey}-640.webp", $"{record.ContentKey}-700x400.webp", $"{record.ContentKey}-social.jpg"],
            Directory.GetFiles(UploadsFolder, record.ContentKey + "-*").Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task FiftyMegapixelPhotoIsProcessedWithoutEverHoldingItsPixelsInMemory()
    {
        // A gradient: libvips makes and encodes it in strips, so writing it costs little memory either.
        const int width = 8660, height = 5774;
        using var xyz = NetVips.Image.Xyz(width, height);
        using var red = xyz[0] * (250.0 / width);
        using var green = xyz[1] * (250.0 / height);
        using var rgb = red.Bandjoin(green, red).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        var jpeg = rgb.JpegsaveBuffer(q: 70);
        Assert.InRange(jpeg.Length, 1, MediaStore.MaxBytes);
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var name = TestData.Unique("fifty") + ".jpg";

        var response = await writer.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "A wide view" }, "Form.File", name, jpeg, "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == name));
        Assert.Equal((width, height), (record.Width, record.Height));
        // The decoded photo alone is 150 MB (50 megapixels × 3 bytes); libvips' own peak over
        // this whole process, every other test's images included, stays far below it.
        var peak = (long)Stats.MemHighwater;
        Assert.True(peak < 100L * 1024 * 1024, $"libvips peaked at {peak / 1024 / 1024} MB");
    }
}
