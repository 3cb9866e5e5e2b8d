using System.Threading.RateLimiting;

namespace Magazine.Web.Scaling;

/// <summary>
/// Where the site's per-client limits (comments, sign-in posts) are counted: in this
/// instance's memory, or in Redis so that posts through every instance count together.
/// </summary>
public interface IFixedWindowLimits
{
    RateLimitPartition<string> Partition(string key, int permits, TimeSpan window);
}

/// <summary>Counts in this instance's memory, with the framework's fixed-window limiter.</summary>
public sealed class MemoryFixedWindowLimits : IFixedWindowLimits
{
    public RateLimitPartition<string> Partition(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });
}

/// <summary>Counts in Redis (<see cref="RedisFixedWindowLimiter"/>), shared by every instance.</summary>
public sealed class RedisFixedWindowLimits(RedisConnection redis, TimeProvider clock, ILogger<RedisFixedWindowLimiter> logger) : IFixedWindowLimits
{
    public RateLimitPartition<string> Partition(string key, int permits, TimeSpan window) =>
        RateLimitPartition.Get(key, k => new RedisFixedWindowLimiter(redis, redis.Key("limit:" + k), permits, window, clock, logger));
}
