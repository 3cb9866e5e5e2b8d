using System.Diagnostics;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// One test's pages. Each page gets its own browser context (its own cookies) and a
/// <see cref="PageRecorder"/>; when the journey fails, every page leaves a screenshot, its
/// HTML and its console and network log in <see cref="FailureFolder"/>.
/// </summary>
public sealed class Journey(BrowserSession session, string name)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<PageRecorder> _pages = [];

    public IReadOnlyList<PageRecorder> Pages => _pages;

    public string FailureFolder { get; } = Path.Combine(BrowserSession.ArtifactsFolder, "failures", name);

    public Task<IPage> NewPageAsync(int width, int height) => NewPageAsync(width, height, deviceScaleFactor: null);

    /// <param name="deviceScaleFactor">Device pixels per CSS pixel; a value makes the page a touch phone's, as Chromium's device emulation does.</param>
    public async Task<IPage> NewPageAsync(int width, int height, float? deviceScaleFactor)
    {
        var context = await session.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
            IsMobile = deviceScaleFactor is not null,
            HasTouch = deviceScaleFactor is not null,
        });
        // A shared two-core machine can be slow: every wait is for a state, with room to reach it.
        context.SetDefaultTimeout(BrowserSession.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserSession.ActionTimeoutMs);
        // The document's own account of its loading, beside the browser's lifecycle events in the log.
        await context.AddInitScriptAsync("document.addEventListener('readystatechange', () => console.debug('readyState ' + document.readyState))");
        var page = await context.NewPageAsync();
        _pages.Add(new PageRecorder(page, $"page{_pages.Count + 1}-{width}x{height}{(deviceScaleFactor is { } dpr ? $"@{dpr}x" : "")}", session.BaseAddress, _clock));
        return page;
    }

    /// <summary>Console errors, uncaught script errors and 4xx/5xx answers on any page so far.</summary>
    public IReadOnlyList<string> Problems => [.. _pages.SelectMany(p => p.Problems)];

    public void AssertNoProblems() => Assert.True(Problems.Count == 0, string.Join("\n", Problems));

    public async Task SaveFailureAsync(Exception failure)
    {
        Directory.CreateDirectory(FailureFolder);
        await File.WriteAllTextAsync(Path.Combine(FailureFolder, "failure.txt"), failure.ToString());
        foreach (var recorder in _pages)
        {
            var stem = Path.Combine(FailureFolder, recorder.Name);
            await File.WriteAllTextAsync(stem + ".log", $"url: {recorder.Page.Url}\n{recorder.Log}\n");
            if (recorder.Page.IsClosed)
            {
                continue;
            }
            try
            {
                await recorder.Page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true, Timeout = 10_000 });
                await File.WriteAllTextAsync(stem + ".html", await recorder.Page.ContentAsync());
            }
            catch (PlaywrightException e)
            {
                await File.AppendAllTextAsync(stem + ".log", $"(no screenshot: {e.Message})\n");
            }
        }
    }

    public async Task CloseAsync()
    {
        foreach (var recorder in _pages)
        {
            await recorder.Page.Context.CloseAsync();
        }
    }
}
