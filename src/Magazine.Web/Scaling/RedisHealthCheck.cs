using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Magazine.Web.Scaling;

/// <summary>An instance that cannot reach Redis is unhealthy: the balancer stops sending it readers.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.Database.PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is StackExchange.Redis.RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis cannot be reached", error);
        }
    }
}
