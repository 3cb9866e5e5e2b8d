using System.Diagnostics;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// A real, throwaway Redis server (Debian's redis-server) for the tests that share state
/// between instances: its own port, its own folder under /tmp, nothing saved to disk, and
/// stopped with the fixture. Without redis-server a developer's run skips the tests that need
/// it, each saying how to install it: their classes call <see cref="RequiredProgram.SkipIfMissing"/>
/// per test, and the fixture then starts nothing rather than throw for every test. In CI the
/// tests run and fail; they never pass without having talked to Redis.
/// </summary>
public sealed class TestRedisServer : IAsyncLifetime
{
    public static readonly RequiredProgram Program =
        new("redis-server", "apt-get install -y redis-server, then stop the system service it starts (the tests run their own)");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "magazine-redis-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; } = ServerProcess.FreePort();

    /// <summary>For <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public Task InitializeAsync()
    {
        if (!Program.Installed && !TestDatabase.InCi)
        {
            return Task.CompletedTask;
        }
        Directory.CreateDirectory(_folder);
        _process = ServerProcess.Start(Program, Port,
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", "no", "--daemonize", "no");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
