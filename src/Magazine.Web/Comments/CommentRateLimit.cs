using System.Threading.RateLimiting;
using Magazine.Web.Hosting;
using Magazine.Web.Scaling;

namespace Magazine.Web.Comments;

/// <summary>
/// Comments per client per minute, from the site's settings (0 turns the limit off). The
/// limit is part of the partition key, so a change in settings starts fresh windows.
/// Counted where <see cref="IFixedWindowLimits"/> says: in memory, or in Redis across instances.
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
        return context.RequestServices.GetRequiredService<IFixedWindowLimits>().Partition($"{Policy}:{client}:{limit}", limit, TimeSpan.FromMinutes(1));
    }
}
