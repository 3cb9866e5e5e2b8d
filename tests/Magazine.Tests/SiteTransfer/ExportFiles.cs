namespace Magazine.Tests.SiteTransfer;

/// <summary>The real exports under ../shared/data/exports.</summary>
public static class ExportFiles
{
    public static string Blogger => InExports("blogger-data-test.xml");
    public static string WordPress => InExports("theme-unit-test-data.xml");

    private static string InExports(string name)
    {
        var path = Infrastructure.SharedData.PathOf("exports", name);
        Assert.True(File.Exists(path), $"missing test export {path}");
        return path;
    }

    /// <summary>A scratch folder for files a test writes; deleted with the returned handle.</summary>
    public static TempFolder Temp() => new();

    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "magazine-exports", Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
