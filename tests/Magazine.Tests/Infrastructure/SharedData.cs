namespace Magazine.Tests.Infrastructure;

/// <summary>The shared, read-only test data beside the repository (../shared/data), found from the solution folder.</summary>
public static class SharedData
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SolutionFolder(), "..", "shared", "data"));

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
}
