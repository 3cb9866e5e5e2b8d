using System.Text.Json;
using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// <see cref="IInstanceBroadcast"/> over Redis pub/sub. Each message names the instance that
/// sent it, which ignores its own. Messages are sent without waiting: the change is already
/// committed and the shared store already evicted, so a lost message (Redis restarting)
/// costs an instance at most a stale validator or identity until its next change.
/// </summary>
public sealed class RedisBroadcast(RedisConnection redis) : IInstanceBroadcast
{
    public const string ChannelName = "changes";

    public string Instance { get; } = Guid.NewGuid().ToString("N");

    public void Evicted(IReadOnlyCollection<string> tags) => Send(new Change(Instance, [.. tags], false));

    public void IdentityChanged() => Send(new Change(Instance, [], true));

    private void Send(Change change) =>
        redis.Multiplexer.GetSubscriber().Publish(redis.Channel(ChannelName), JsonSerializer.Serialize(change), CommandFlags.FireAndForget);

    public sealed record Change(string From, string[] Tags, bool Identity);
}

/// <summary>Applies the other instances' changes to what this one keeps in memory.</summary>
public sealed class RedisBroadcastListener(RedisConnection redis, RedisBroadcast broadcast, ReaderCache cache, PublicationSchedule schedule, SiteIdentityProvider site, ILogger<RedisBroadcastListener> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(RedisBroadcast.ChannelName));
        queue.OnMessage(message => Apply(message.Message));
    }

    private void Apply(RedisValue message)
    {
        var change = JsonSerializer.Deserialize<RedisBroadcast.Change>(message.ToString());
        if (change is null || change.From == broadcast.Instance)
        {
            return;
        }
        logger.LogDebug("Instance {From} changed {Tags} (identity: {Identity})", change.From, change.Tags, change.Identity);
        if (change.Identity)
        {
            site.Forget();
        }
        if (change.Tags.Length > 0)
        {
            // A change that evicts pages may also have moved the next scheduled publication.
            schedule.Forget();
            cache.EvictedElsewhere(change.Tags);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.Multiplexer.GetSubscriber().UnsubscribeAsync(redis.Channel(RedisBroadcast.ChannelName));
}
