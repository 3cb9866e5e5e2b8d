using System.Globalization;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// A generated export far larger than the samples streams through in one transaction. The
/// size defaults to 1,000 posts to keep the suite quick; MAGAZINE_GENERATED_POSTS=10000 runs
/// the full-size case (timings are measured by hand, never asserted).
/// </summary>
public sealed class LargeExportTests(MagazineFactory app) : IClassFixture<MagazineFactory>, IDisposable
{
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task GeneratedExportImportsWhole()
    {
        var posts = int.TryParse(Environment.GetEnvironmentVariable("MAGAZINE_GENERATED_POSTS"), CultureInfo.InvariantCulture, out var n) ? n : 1000;
        var path = _temp.File("generated.xml");
        GeneratedExport.WriteWordPress(path, posts);
        if (Environment.GetEnvironmentVariable("MAGAZINE_KEEP_GENERATED") is { Length: > 0 } keep)
        {
            File.Copy(path, keep, overwrite: true);
        }

        var result = await app.RunVerbAsync("import", "wordpress", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var counts = await SiteCounts.OfAsync(app);
        Assert.Equal(posts, counts.Published);
        Assert.Equal(posts * 2, counts.Comments);
        Assert.Equal(posts, counts.Replies);
        Assert.Equal(20, counts.Sections);
        Assert.Equal(Math.Min(posts, 200), counts.Tags);
        // Each post answers at its permalink (with and without the slash), at /?p=ID and at its
        // comment feed (with and without the slash); each category at two; five feed paths.
        Assert.Equal(posts * 5 + 20 * 2 + 5, counts.Redirects);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Images left at their original addresses ({posts})"), result.Out);
    }

    public void Dispose() => _temp.Dispose();
}
