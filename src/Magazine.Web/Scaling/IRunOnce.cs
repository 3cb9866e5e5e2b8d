namespace Magazine.Web.Scaling;

/// <summary>
/// Work that must happen once across every instance (a scheduled story's eviction): the
/// instance that claims a piece of work does it, the others leave it.
/// </summary>
public interface IRunOnce
{
    /// <summary>True for the first instance to claim <paramref name="work"/> within <paramref name="hold"/>.</summary>
    Task<bool> ClaimAsync(string work, TimeSpan hold, CancellationToken cancellationToken);
}

/// <summary>One instance: every claim is its own.</summary>
public sealed class AlwaysClaimed : IRunOnce
{
    public Task<bool> ClaimAsync(string work, TimeSpan hold, CancellationToken cancellationToken) => Task.FromResult(true);
}

/// <summary>A claim is a key set only if absent, kept for <c>hold</c> so the others see it.</summary>
public sealed class RedisRunOnce(RedisConnection redis) : IRunOnce
{
    public Task<bool> ClaimAsync(string work, TimeSpan hold, CancellationToken cancellationToken) =>
        redis.Database.StringSetAsync(redis.Key("once:" + work), Environment.ProcessId, hold, StackExchange.Redis.When.NotExists);
}
