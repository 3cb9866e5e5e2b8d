using System.Security.Cryptography;
using Magazine.Web.Accounts;
using Magazine.Web.Caching;
using Magazine.Web.Comments;
using Magazine.Web.Mail;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// What several instances of the site must share. Without <c>ConnectionStrings:Redis</c> the
/// site is one instance and keeps everything in its own memory and data folder. With it,
/// the output cache, the Data Protection keys, the rate limits and throttles, the client
/// salt and sent-form record live in Redis, and each instance tells the others what it
/// changed (<see cref="RedisBroadcast"/>). Call after the features it replaces are added.
/// </summary>
public static class SharedStateServices
{
    public const string ConnectionName = "Redis";

    /// <summary>Prefix of every key and channel (<c>Magazine:Redis:Prefix</c>), so sites can share a server.</summary>
    public const string PrefixKey = "Magazine:Redis:Prefix";

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IInstanceBroadcast, SingleInstance>();
        services.TryAddSingleton<IRunOnce, AlwaysClaimed>();
        services.TryAddSingleton<IFixedWindowLimits, MemoryFixedWindowLimits>();
        if (configuration.GetConnectionString(ConnectionName) is not { Length: > 0 } connection)
        {
            return services;
        }
        var redis = new RedisConnection(connection, configuration[PrefixKey] is { Length: > 0 } prefix ? prefix : "magazine:");
        services.AddSingleton(redis);
        services.AddSingleton<RedisBroadcast>();
        services.Replace(ServiceDescriptor.Singleton<IInstanceBroadcast>(provider => provider.GetRequiredService<RedisBroadcast>()));
        services.AddHostedService<RedisBroadcastListener>();
        services.Replace(ServiceDescriptor.Singleton<IRunOnce, RedisRunOnce>());
        services.Replace(ServiceDescriptor.Singleton<IFixedWindowLimits, RedisFixedWindowLimits>());
        services.Replace(ServiceDescriptor.Singleton<ISignInThrottle, RedisSignInThrottle>());
        services.Replace(ServiceDescriptor.Singleton<IMailRequestThrottle, RedisMailRequestThrottle>());
        services.Replace(ServiceDescriptor.Singleton<ISentCommentForms, RedisSentCommentForms>());
        services.Replace(ServiceDescriptor.Singleton(_ => new ClientFingerprint(SharedSalt(redis))));

        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.InstanceName = redis.Prefix + "pages:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
        });
        CachingServices.GuardTheStore(services);

        // Registered after the data folder's repository, so this one is used: a cookie or a
        // form protected by one instance is read by every other.
        services.AddOptions<KeyManagementOptions>().Configure(options =>
            options.XmlRepository = new RedisXmlRepository(() => redis.Database, redis.Key("data-protection-keys")));

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }

    /// <summary>The first instance to start writes the salt; every instance then reads that one.</summary>
    private static byte[] SharedSalt(RedisConnection redis)
    {
        var key = redis.Key("client-salt");
        redis.Database.StringSet(key, RandomNumberGenerator.GetBytes(32), when: When.NotExists);
        return (byte[])redis.Database.StringGet(key)!;
    }
}
