using Magazine.Web.Mail;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary>
/// <see cref="IMailRequestThrottle"/> in Redis: the same fixed windows as the memory one
/// (per client per hour, per address per day), checked and counted in one script so two
/// instances cannot both take the last request.
/// </summary>
public sealed class RedisMailRequestThrottle(RedisConnection redis, IOptions<MailOptions> options) : IMailRequestThrottle
{
    private const string Take = """
        local client = tonumber(redis.call('GET', KEYS[1]) or '0')
        local address = tonumber(redis.call('GET', KEYS[2]) or '0')
        if (tonumber(ARGV[1]) > 0 and client >= tonumber(ARGV[1])) or (tonumber(ARGV[2]) > 0 and address >= tonumber(ARGV[2])) then
          return 0
        end
        if redis.call('INCR', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], 3600) end
        if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], 86400) end
        return 1
        """;

    public bool TryTake(string kind, string client, string address)
    {
        var settings = options.Value;
        var taken = redis.Database.ScriptEvaluate(Take,
            [redis.Key($"mail:{kind}:c:{client}"), redis.Key($"mail:{kind}:a:{address}")],
            [settings.RequestsPerClientPerHour, settings.RequestsPerAddressPerDay]);
        return (int)taken == 1;
    }
}
