using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// A fixed window counted in one Redis key: the first permit of a window sets its expiry,
/// every permit increments it, atomically in one script. Nothing is kept here but when it
/// was last used, so the partitioned limiter can drop idle clients.
/// <para>
/// When Redis cannot be reached the permit is granted and the failure logged: a reader's
/// comment must not fail because a counter is out of reach, and the outage shows in the
/// health check that takes the instance out of the balancer.
/// </para>
/// </summary>
public sealed class RedisFixedWindowLimiter(RedisConnection redis, RedisKey key, int permits, TimeSpan window, TimeProvider clock, ILogger<RedisFixedWindowLimiter> logger)
    : RateLimiter
{
    private const string Count = """
        local taken = redis.call('INCRBY', KEYS[1], ARGV[1])
        if taken == tonumber(ARGV[1]) then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return { taken, redis.call('PTTL', KEYS[1]) }
        """;

    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // No synchronous answer: the middleware then asks AcquireAsync, which goes to Redis.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Pending;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        if (permitCount > permits)
        {
            return new Lease(false, window);
        }
        try
        {
            var answer = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(Count, [key], [permitCount, (long)window.TotalMilliseconds]))!;
            var taken = (long)answer[0];
            var left = TimeSpan.FromMilliseconds(Math.Max(0, (long)answer[1]));
            return taken <= permits ? Lease.Granted : new Lease(false, left);
        }
        catch (RedisException error)
        {
            logger.LogWarning(error, "Redis did not answer for limit {Key}; the request is let through.", key);
            return Lease.Granted;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Pending = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
