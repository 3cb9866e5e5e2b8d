using Microsoft.Extensions.DependencyInjection;
using Magazine.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// The real app on Kestrel (a free port) with the demo magazine, and Debian's Chromium
/// driven by Playwright. No browser is downloaded: without /usr/bin/chromium the tests skip.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string MissingChromium = "Chromium is not installed: run `apt-get install -y chromium` (Debian) to run the browser tests.";

    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private IPlaywright? _playwright;

    public MagazineFactory App { get; } = new MagazineFactory().With("Magazine:SeedDemoContent", "true");
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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
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
