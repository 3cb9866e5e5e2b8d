using System.Threading.RateLimiting;
using Magazine.Web.Hosting;

namespace Magazine.Web.Comments;

/// <summary>
/// Comments per client per minute, from the site's settings (0 turns the limit off). The
/// limit is part of the partition key, so a change in settings starts fresh windows.
/// In memory: with several servers, each counts alone (a shared limiter would sit in Redis).
/// </summary>
public static class CommentRateLimit
{
    public const string Policy = "comments";

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        var site = context.RequestServices.GetRequiredService<SiteIdentityProvider>();
        var limit = site.GetAsync(context.RequestAborted).GetAwaiter().GetResult().CommentRateLimitPerMinute;
        if (limit <= 0)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }
        var client = context.RequestServices.GetRequiredService<ClientFingerprint>().Of(context);
        return RateLimitPartition.GetFixedWindowLimiter($"{client}:{limit}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
