namespace Magazine.Tests.Infrastructure;

/// <summary>
/// A program some tests need from Debian (redis-server, exiftool), found on PATH as the tests
/// start it. On a developer's machine without it those tests are skipped, each with the
/// command that installs it, so the README's <c>dotnet test</c> passes with only the SDK; in CI
/// (CI=true, as <c>.ci/run</c> runs) they run and fail instead, never passing without it.
/// </summary>
public sealed class RequiredProgram(string name, string install)
{
    private readonly Lazy<bool> _installed = new(() => OnPath(name));

    public string Name => name;

    public bool Installed => _installed.Value;

    public string Missing => $"{name} is not installed: {install} (.ci/run installs it and runs these tests)";

    /// <summary>Skips the calling test (a [SkippableFact]) when the program is missing outside CI.</summary>
    public void SkipIfMissing() =>
        Skip.If(!Installed && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Missing);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
