using Magazine.Web.Comments;
using StackExchange.Redis;

namespace Magazine.Web.Scaling;

/// <summary><see cref="ISentCommentForms"/> in Redis: a form posted twice, through any two instances, is stored once.</summary>
public sealed class RedisSentCommentForms(RedisConnection redis, TimeProvider clock) : ISentCommentForms
{
    public bool TryRemember(string key, DateTimeOffset until)
    {
        var left = until - clock.GetUtcNow();
        return left <= TimeSpan.Zero || redis.Database.StringSet(redis.Key("sent-form:" + key), 1, left, When.NotExists);
    }
}
