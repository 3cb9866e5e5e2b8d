using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// The one connection to Redis that every shared service uses (output cache, keys, limits,
/// messages between instances), opened on first use. Every key and channel starts with
/// <see cref="Prefix"/>, so several sites, or several test runs, can share one server.
/// </summary>
public sealed class RedisConnection(string configuration, string prefix) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => ConnectionMultiplexer.Connect(configuration), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Prefix { get; } = prefix;

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public IDatabase Database => Multiplexer.GetDatabase();

    public RedisKey Key(string name) => Prefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(Prefix + name);

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
