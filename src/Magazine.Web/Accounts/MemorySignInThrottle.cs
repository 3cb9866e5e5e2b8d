using Magazine.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Accounts;

/// <summary>
/// <see cref="ISignInThrottle"/> in this server's memory, bounded: past
/// <see cref="MaxEntries"/> counts the oldest are dropped first, so a flood of invented
/// addresses costs memory only up to the bound.
/// </summary>
public sealed class MemorySignInThrottle(IOptions<MagazineOptions> options, TimeProvider clock) : ISignInThrottle
{
    public const int MaxEntries = 100_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
    }

    private SignInThrottleOptions Settings => options.Value.SignInThrottle;

    public TimeSpan? WaitBefore(string client, string address)
    {
        if (!Settings.Enabled)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var underAttack = CountOf(AddressKey(address), now) >= Settings.FailuresPerAddress;
            var wait = Max(
                Remaining(PairKey(client, address), underAttack ? 1 : Settings.FailuresPerClientAndAddress, now),
                Remaining(ClientKey(client), Settings.FailuresPerClient, now));
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    public void Failed(string client, string address)
    {
        if (!Settings.Enabled)
        {
            return;
        }
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            MakeRoom(now);
            foreach (var key in (string[])[PairKey(client, address), ClientKey(client), AddressKey(address)])
            {
                if (!_failures.TryGetValue(key, out var failures) || Forgotten(failures, now))
                {
                    _failures[key] = failures = new Failures();
                }
                failures.Count++;
                failures.Last = now;
            }
        }
    }

    public void Succeeded(string client, string address)
    {
        // Only the pair: an outsider signing into their own account must not wipe their
        // count as a client, and the address stays watched while guesses continue.
        lock (_gate)
        {
            _failures.Remove(PairKey(client, address));
        }
    }

    private int CountOf(string key, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) && !Forgotten(failures, now) ? failures.Count : 0;

    private TimeSpan Remaining(string key, int allowance, DateTimeOffset now)
    {
        var wait = Settings.WaitAfter(CountOf(key, now), allowance);
        return wait == TimeSpan.Zero ? wait : _failures[key].Last + wait - now;
    }

    private bool Forgotten(Failures failures, DateTimeOffset now) =>
        failures.Last + TimeSpan.FromHours(Settings.ForgetAfterHours) <= now;

    private void MakeRoom(DateTimeOffset now)
    {
        if (_failures.Count < MaxEntries)
        {
            return;
        }
        foreach (var key in _failures.Where(f => Forgotten(f.Value, now)).Select(f => f.Key).ToList())
        {
            _failures.Remove(key);
        }
        var excess = _failures.Count - MaxEntries * 9 / 10;
        foreach (var key in _failures.OrderBy(f => f.Value.Last).Take(Math.Max(0, excess)).Select(f => f.Key).ToList())
        {
            _failures.Remove(key);
        }
    }

    internal static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    internal static string PairKey(string client, string address) => $"p\n{client}\n{address}";

    internal static string ClientKey(string client) => $"c\n{client}";

    internal static string AddressKey(string address) => $"a\n{address}";
}
