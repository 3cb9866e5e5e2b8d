using Magazine.Web.Accounts;
using Magazine.Web.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// <see cref="ISignInThrottle"/> in Redis, with the same counts and waits as
/// <see cref="MemorySignInThrottle"/>, so failures through any instance count together. Each
/// count is a hash (failures, last failure) that Redis forgets
/// <see cref="SignInThrottleOptions.ForgetAfterHours"/> after its last failure. The seam is
/// synchronous; the client's own calls are, without a thread waiting on a task.
/// </summary>
public sealed class RedisSignInThrottle(RedisConnection redis, IOptions<MagazineOptions> options, TimeProvider clock) : ISignInThrottle
{
    private const string Fail = """
        local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
        redis.call('HSET', KEYS[1], 'last', ARGV[1])
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        return count
        """;

    private SignInThrottleOptions Settings => options.Value.SignInThrottle;

    public TimeSpan? WaitBefore(string client, string address)
    {
        if (!Settings.Enabled)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var pair = Read(MemorySignInThrottle.PairKey(client, address));
        var byClient = Read(MemorySignInThrottle.ClientKey(client));
        var byAddress = Read(MemorySignInThrottle.AddressKey(address));
        var underAttack = byAddress.Count >= Settings.FailuresPerAddress;
        var wait = MemorySignInThrottle.Max(
            Remaining(pair, underAttack ? 1 : Settings.FailuresPerClientAndAddress, now),
            Remaining(byClient, Settings.FailuresPerClient, now));
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string client, string address)
    {
        if (!Settings.Enabled)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcTicks;
        var forget = (long)TimeSpan.FromHours(Settings.ForgetAfterHours).TotalSeconds;
        foreach (var key in (string[])[MemorySignInThrottle.PairKey(client, address), MemorySignInThrottle.ClientKey(client), MemorySignInThrottle.AddressKey(address)])
        {
            redis.Database.ScriptEvaluate(Fail, [Key(key)], [now, Math.Max(1, forget)]);
        }
    }

    public void Succeeded(string client, string address) => redis.Database.KeyDelete(Key(MemorySignInThrottle.PairKey(client, address)));

    private (int Count, DateTimeOffset Last) Read(string key)
    {
        var values = redis.Database.HashGet(Key(key), ["count", "last"]);
        return values[0].IsNull ? (0, default) : ((int)values[0], new DateTimeOffset((long)values[1], TimeSpan.Zero));
    }

    private TimeSpan Remaining((int Count, DateTimeOffset Last) failures, int allowance, DateTimeOffset now)
    {
        var wait = Settings.WaitAfter(failures.Count, allowance);
        return wait == TimeSpan.Zero ? wait : failures.Last + wait - now;
    }

    private RedisKey Key(string key) => redis.Key("sign-in:" + key);
}
