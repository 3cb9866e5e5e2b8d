using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>WXR 1.1 files (the namespace differs in version and scheme) read as 1.2 files do.</summary>
public sealed class WxrVersionTests(MagazineFactory app) : IClassFixture<MagazineFactory>, IDisposable
{
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task Wxr11ExportImportsTheSameContent()
    {
        var path = _temp.File("wxr-1.1.xml");
        var text = await File.ReadAllTextAsync(ExportFiles.WordPress);
        await File.WriteAllTextAsync(path, text
            .Replace("https://wordpress.org/export/1.2/", "http://wordpress.org/export/1.1/")
            .Replace("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:wxr_version>1.1</wp:wxr_version>"));

        var result = await app.RunVerbAsync("import", "wordpress", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var counts = await SiteCounts.OfAsync(app);
        Assert.Equal((55, 1, 2, 21, 33, 10), (counts.Published, counts.Scheduled, counts.Drafts, counts.Pages, counts.Comments, counts.Replies));
        Assert.Contains("stories: 55 published, 1 scheduled, 2 drafts", result.Out);
    }

    public void Dispose() => _temp.Dispose();
}
