using System.Diagnostics;
using System.Net;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// The site as its own operating-system process (the built Magazine.Web.dll), for what an
/// in-process host cannot show: being killed with SIGKILL and started again.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiteProcess> StartAsync(string dataDirectory, IDictionary<string, string> settings)
    {
        var port = ServerProcess.FreePort();
        var start = new ProcessStartInfo("dotnet", ["exec", BuiltSite(), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = SharedData.SolutionFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Configure(start, dataDirectory, settings);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await site.WaitUntilHealthyAsync();
        return site;
    }

    /// <summary>Runs a command-line verb of the built site (create-user, import...) to its end.</summary>
    public static async Task<string> RunVerbAsync(string dataDirectory, IDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", BuiltSite(), .. arguments])
        {
            WorkingDirectory = SharedData.SolutionFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Configure(start, dataDirectory, settings);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
        return await output;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the site exited with {_process.ExitCode}");
            }
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the site did not become healthy");
    }

    private static string BuiltSite()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(SharedData.SolutionFolder(), "src", "Magazine.Web", "bin", configuration, "net10.0", "Magazine.Web.dll");
    }

    private static void Configure(ProcessStartInfo start, string dataDirectory, IDictionary<string, string> settings)
    {
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Magazine__DataDirectory"] = dataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}
