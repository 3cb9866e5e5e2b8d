using Microsoft.Extensions.Options;

namespace Magazine.Web.Mail;

/// <summary><see cref="IMailRequestThrottle"/> in this server's memory, with fixed windows, bounded in size.</summary>
public sealed class MemoryMailRequestThrottle(IOptions<MailOptions> options, TimeProvider clock) : IMailRequestThrottle
{
    private const int MaxEntries = 100_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    public bool TryTake(string kind, string client, string address)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_windows.Count >= MaxEntries)
            {
                // Windows last a day at most: what is older counts for nothing and goes first.
                foreach (var stale in _windows.Where(w => w.Value.Start + TimeSpan.FromDays(1) <= now).Select(w => w.Key).ToList())
                {
                    _windows.Remove(stale);
                }
                if (_windows.Count >= MaxEntries)
                {
                    _windows.Clear();
                }
            }
            var clientKey = $"{kind}\nc\n{client}";
            var addressKey = $"{kind}\na\n{address}";
            var clientCount = CountOf(clientKey, TimeSpan.FromHours(1), now);
            var addressCount = CountOf(addressKey, TimeSpan.FromDays(1), now);
            if ((settings.RequestsPerClientPerHour > 0 && clientCount.Count >= settings.RequestsPerClientPerHour)
                || (settings.RequestsPerAddressPerDay > 0 && addressCount.Count >= settings.RequestsPerAddressPerDay))
            {
                return false;
            }
            _windows[clientKey] = (clientCount.Start, clientCount.Count + 1);
            _windows[addressKey] = (addressCount.Start, addressCount.Count + 1);
            return true;
        }
    }

    private (DateTimeOffset Start, int Count) CountOf(string key, TimeSpan window, DateTimeOffset now) =>
        _windows.TryGetValue(key, out var entry) && entry.Start + window > now ? entry : (now, 0);
}
