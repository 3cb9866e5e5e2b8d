using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>A file that cannot be read gets a clear error naming the place, a failing exit code, and leaves nothing behind.</summary>
public sealed class MalformedExportTests(MagazineFactory app) : IClassFixture<MagazineFactory>, IDisposable
{
    private const string AtomHead = "<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\n";
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task TruncatedRealExportNamesTheLineAndImportsNothing()
    {
        var path = _temp.File("truncated.xml");
        var bytes = await File.ReadAllBytesAsync(ExportFiles.Blogger);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length * 97 / 100)]);

        var result = await app.RunVerbAsync("import", "blogger", path);

        AssertFailedAt(result, "Unexpected end of file");
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task FailureAfterSeveralSavedBatchesRollsThemAllBack()
    {
        var path = _temp.File("cut.xml");
        GeneratedExport.WriteWordPress(path, posts: 1200, breakAfter: 1100);

        var result = await app.RunVerbAsync("import", "wordpress", path);

        AssertFailedAt(result, "Unexpected end of file");
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task UndeclaredNamespacePrefixIsNamed()
    {
        var path = await WriteAsync("prefix.xml", AtomHead + "<entry>\n  <blogger:type>POST</blogger:type>\n</entry>\n</feed>");

        var result = await app.RunVerbAsync("import", "blogger", path);

        AssertFailedAt(result, "'blogger' is an undeclared prefix", line: 4);
        await AssertNothingImportedAsync();
    }

    [Theory]
    [InlineData("\u0001")]
    [InlineData("&#x1;")]
    [InlineData("\u000C")]
    public async Task CharactersXmlForbidsAreNamed(string character)
    {
        var path = await WriteAsync("chars.xml", AtomHead + "<title>Fine</title>\n<entry><id>x</id><title>Bad " + character + " here</title></entry>\n</feed>");

        var result = await app.RunVerbAsync("import", "blogger", path);

        AssertFailedAt(result, "invalid character", line: 4);
        await AssertNothingImportedAsync();
    }

    [Theory]
    [InlineData("blogger", "<html><body>Not an export</body></html>", "not a Blogger export", "a <html> element")]
    [InlineData("wordpress", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>", "not a WordPress export (WXR)", "use 'import blogger'")]
    [InlineData("blogger", "<rss version='2.0'><channel/></rss>", "not a Blogger export", "use 'import wordpress'")]
    [InlineData("wordpress", "<rss version='2.0'><channel><title>News</title><item><title>A</title></item></channel></rss>", "not a WordPress export", "wxr_version")]
    [InlineData("blogger", "{\"posts\": []}", "not well-formed XML", "Data at the root level is invalid")]
    public async Task UnknownFormatsAreRefusedWithWhatTheFileIs(string format, string content, string message, string detail)
    {
        var path = await WriteAsync("unknown.xml", content);

        var result = await app.RunVerbAsync("import", format, path);

        AssertFailedAt(result, message, line: 1);
        Assert.Contains(detail, result.Error);
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task MissingFileAndUnknownSourceAreUsageErrors()
    {
        var missing = await app.RunVerbAsync("import", "blogger", _temp.File("nowhere.xml"));
        var unknown = await app.RunVerbAsync("import", "tumblr", ExportFiles.Blogger);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("there is no file at", missing.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("usage: import blogger|wordpress FILE", unknown.Error);
    }

    private static void AssertFailedAt((int ExitCode, string Out, string Error) result, string message, int? line = null)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Matches(line is null ? @"[Ll]ine \d+, position \d+" : $@"[Ll]ine {line}, position \d+", result.Error);
        Assert.Contains("Nothing was imported.", result.Error);
        Assert.Equal("", result.Out);
    }

    private async Task AssertNothingImportedAsync() =>
        Assert.Equal(new SiteCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), await SiteCounts.OfAsync(app));

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = _temp.File(name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
