using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Scaling;

/// <summary>A site whose uploads live in a directory outside its data folder, as instances sharing a mount have.</summary>
public sealed class SharedMediaFactory : MagazineFactory
{
    public SharedMediaFactory() => With("Magazine:MediaDirectory", SharedFolder);

    public string SharedFolder { get; } = Path.Combine(Path.GetTempPath(), "magazine-tests", "shared-media-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(SharedFolder))
        {
            Directory.Delete(SharedFolder, recursive: true);
        }
    }
}

public sealed class SharedMediaDirectoryTests(SharedMediaFactory app) : IClassFixture<SharedMediaFactory>
{
    [Fact]
    public async Task AnUploadIsStoredInTheSharedDirectoryAndServedFromIt()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var name = TestData.Unique("shared") + ".jpg";
        var uploaded = await editor.PostMultipartAsync("/admin/media", new() { ["Form.Alt"] = "A shared image" },
            "Form.File", name, TestImages.Jpeg(800, 600, seed: 3), "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var file = await app.WithDbAsync(db => db.MediaFiles.SingleAsync(m => m.OriginalName == name));

        Assert.True(File.Exists(Path.Combine(app.SharedFolder, file.StoredName)), "the image is not in the shared directory");
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "uploads")) && Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "uploads")).Any());
        var served = await app.CreateClient().GetAsync(MediaStore.UrlOf(file.StoredName));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(app.SharedFolder, file.StoredName)), await served.Content.ReadAsByteArrayAsync());
    }
}
