using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Images;

/// <summary>`process-images`: uploads stored as they came, before processing, made into what an upload gets today.</summary>
public sealed class ProcessImagesVerbTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private string UploadsFolder => Path.Combine(app.DataDirectory, "uploads");

    [SkippableFact]
    public async Task OldUploadIsProcessedItsStoriesRepointedAndTheOriginalWithItsLocationRemoved()
    {
        // Signing in starts the site, which makes the data folder.
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var oldName = Guid.NewGuid().ToString("N") + ".jpg";
        var oldPath = Path.Combine(UploadsFolder, oldName);
        File.WriteAllBytes(oldPath, TestImages.Jpeg(1500, 1000, seed: 41));
        ExifTool.Run("-overwrite_original", "-GPSLatitude=33.5138", "-GPSLatitudeRef=N", "-GPSLongitude=36.2765", "-GPSLongitudeRef=E", oldPath);
        Assert.Contains("EXIF:GPSLatitude", ExifTool.Tags(oldPath).Keys);
        var record = await app.WithDbAsync(async db =>
        {
            var file = new MediaFile { StoredName = oldName, OriginalName = "old.jpg", ContentType = "image/jpeg", Length = new FileInfo(oldPath).Length, Alt = "Old", UploadedAt = DateTime.UtcNow };
            db.MediaFiles.Add(file);
            await db.SaveChangesAsync();
            return file;
        });
        var oldUrl = MediaStore.UrlOf(oldName);
        var id = await editor.CreateStoryAsync("Old upload " + TestData.Unique("o"), $"Text.\n\n![Old]({oldUrl})",
            change: f => { f["Form.HeroImageUrl"] = oldUrl; f["Form.HeroImageAlt"] = "Old"; });

        var (exitCode, output, error) = await app.RunVerbAsync("process-images");

        Assert.True(exitCode == 0, output + error);
        var processed = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.Id == record.Id));
        Assert.NotNull(processed.ContentKey);
        Assert.Equal((1500, 1000, "320,640,960,1280,1500"), (processed.Width, processed.Height, processed.VariantWidths));
        var newUrl = MediaStore.UrlOf(processed.StoredName);
        Assert.Contains(newUrl, output);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == id));
        Assert.Equal(newUrl, story.HeroImageUrl);
        Assert.Contains(newUrl, story.BodyMarkdown);
        Assert.Contains($"src=\"{newUrl}\"", story.BodyHtml);
        Assert.DoesNotContain(oldUrl, story.BodyHtml);
        Assert.Contains($"srcset=\"{ResponsiveImage.Parse(newUrl)!.Srcset}\"", story.BodyHtml);
        Assert.Equal([id], await app.WithDbAsync(db => db.ArticleMediaUses.Where(u => u.MediaFileId == record.Id).Select(u => u.ArticleId).ToListAsync()));
        Assert.False(File.Exists(oldPath));
        Assert.DoesNotContain(ExifTool.Tags(Path.Combine(UploadsFolder, processed.StoredName)).Keys, k => k.StartsWith("EXIF:"));

        var again = await app.RunVerbAsync("process-images");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(processed.StoredName, again.Out);
    }
}
