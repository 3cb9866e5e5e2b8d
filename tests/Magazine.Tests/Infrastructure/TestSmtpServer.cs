using System.Diagnostics;
using MimeKit;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// A real, throwaway SMTP server for the mail tests: Debian's aiosmtpd (package
/// python3-aiosmtpd), listening on its own loopback port and delivering every message it
/// accepts into its own maildir under /tmp, which the tests read back. It can be stopped and
/// started again on the same port, to play a mail server that is down. Without aiosmtpd a
/// developer's run skips the mail tests (each calls <see cref="RequiredProgram.SkipIfMissing"/>
/// on <see cref="Program"/>); in CI they run and fail instead.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    public static readonly RequiredProgram Program = new("aiosmtpd", "apt-get install -y python3-aiosmtpd");

    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "magazine-smtp-" + Guid.NewGuid().ToString("N"));
    private readonly List<MimeMessage> _received = [];
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Process? _process;

    public int Port { get; } = ServerProcess.FreePort();

    /// <summary>Every message the server has delivered so far, in the order it delivered them.</summary>
    public IReadOnlyCollection<MimeMessage> Received => Collect();

    public bool Running => _process is { HasExited: false };

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public TestSmtpServer Start()
    {
        if (!Program.Installed && !TestDatabase.InCi)
        {
            return this;
        }
        // The maildir handler delivers through Python's mailbox module; -n keeps the user
        // (aiosmtpd would otherwise switch to "nobody", which only root may do).
        _process = ServerProcess.Start(Program, Port, "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir);
        return this;
    }

    /// <summary>Stops the server: from now on a connection is refused, as by a server that is down.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>The first message to this address that matches, waiting for it to arrive.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = To(to).FirstOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null)
            {
                return found;
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"No message to {to} arrived; received: {string.Join("; ", Collect().Select(m => $"{m.To} “{m.Subject}”"))}");
            }
            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Collect().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>
    /// Reads the messages delivered since the last look. The maildir writes each one under
    /// tmp/ and renames it into new/, so a file seen in new/ is complete; delivery order is
    /// the order of the files' times.
    /// </summary>
    private List<MimeMessage> Collect()
    {
        lock (_gate)
        {
            var folder = new DirectoryInfo(Path.Combine(_maildir, "new"));
            if (folder.Exists)
            {
                foreach (var file in folder.GetFiles().Where(f => !_read.Contains(f.Name)).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
                {
                    _received.Add(MimeMessage.Load(file.FullName));
                    _read.Add(file.Name);
                }
            }
            return [.. _received];
        }
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }
}
