namespace Magazine.Tests.Infrastructure;

/// <summary>
/// The shared, read-only test data kept beside the repository (../shared/data). A clone
/// made elsewhere finds it through MAGAZINE_SHARED_DATA, a "shared/data" folder beside
/// any folder above the solution, or the workplace's fixed location.
/// </summary>
public static class SharedData
{
    private const string WorkplaceLocation = "/work/shared/data";

    public static string Root { get; } = Locate();

    public static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Magazine.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Magazine.sln not found above " + AppContext.BaseDirectory);
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("MAGAZINE_SHARED_DATA") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(SolutionFolder()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Directory.Exists(WorkplaceLocation)
            ? WorkplaceLocation
            : Path.GetFullPath(Path.Combine(SolutionFolder(), "..", "shared", "data"));
    }
}
