using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Magazine.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// The real app on Kestrel (a free port) with the demo magazine, and Debian's Chromium
/// driven by Playwright. No browser is downloaded: without /usr/bin/chromium the tests skip.
/// Chromium starts with the flags in .ci/chromium-flags, the same ones the page-quality
/// script uses.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string MissingChromium = "Chromium is not installed: run `apt-get install -y chromium` (Debian) to run the browser tests.";

    /// <summary>Screenshots the journeys take, and <c>failures/</c> with what a failed journey left.</summary>
    public static readonly string ArtifactsFolder = Path.Combine(SharedData.SolutionFolder(), "artifacts", "browser");

    public static readonly string ScreenshotFolder = Path.Combine(ArtifactsFolder, "screenshots");

    /// <summary>How long one action, navigation or expectation may wait for its state.</summary>
    public const int ActionTimeoutMs = 60_000;

    public static IReadOnlyList<string> ChromiumFlags { get; } =
        [.. File.ReadAllLines(Path.Combine(SharedData.SolutionFolder(), ".ci", "chromium-flags")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private IPlaywright? _playwright;

    // Live stories ask for new updates every 2 seconds rather than 30, so a journey sees one arrive without waiting half a minute.
    public MagazineFactory App { get; } = new MagazineFactory().With("Magazine:SeedDemoContent", "true").With("Magazine:LiveUpdates:PollSeconds", "2");
    public IBrowser? Browser { get; private set; }
    public Uri BaseAddress { get; private set; } = null!;

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    /// <summary>The password of every account <see cref="CreateAccountAsync"/> makes.</summary>
    public const string Password = "correct-horse-42";

    /// <summary>A newsroom or reader account made the way the create-user verb makes one; returns its e-mail.</summary>
    public async Task<string> CreateAccountAsync(string role, string displayName)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        using var scope = App.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<Magazine.Web.Security.UserAccounts>()
            .CreateAsync(new Magazine.Web.Security.NewAccount(email, Password, role, displayName), Magazine.Core.Entities.Roles.All, CancellationToken.None);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return email;
    }

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        using (var client = App.CreateClient())
        {
            BaseAddress = client.BaseAddress!;
        }
        if (!ChromiumAvailable)
        {
            return;
        }
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        Assertions.SetDefaultExpectTimeout(ActionTimeoutMs);
    }

    /// <summary>
    /// Runs one test's steps in Chromium. When a step fails, every page of the journey leaves
    /// a screenshot, its HTML and its console and network log under
    /// <c>artifacts/browser/failures/{name}</c>, and the failure names that folder and ends
    /// with each page's last events.
    /// </summary>
    public async Task JourneyAsync(Func<Journey, Task> steps, [CallerMemberName] string name = "")
    {
        if (!ChromiumAvailable && Environment.GetEnvironmentVariable("CI") == "true")
        {
            // .ci/run installs Chromium: in CI a missing browser is a failure, never a skip.
            throw new InvalidOperationException(MissingChromium);
        }
        Skip.IfNot(ChromiumAvailable, MissingChromium);
        var journey = new Journey(this, name);
        try
        {
            await steps(journey);
        }
        catch (Exception failure) when (failure is not SkipException)
        {
            await journey.SaveFailureAsync(failure);
            throw new JourneyFailedException(
                $"{failure.Message}\nScreenshots, HTML and logs of every page: {journey.FailureFolder}\n{PageRecorder.Describe(journey.Pages)}", failure);
        }
        finally
        {
            await journey.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        App.Dispose();
    }
}

public sealed class JourneyFailedException(string message, Exception inner) : Exception(message, inner);
