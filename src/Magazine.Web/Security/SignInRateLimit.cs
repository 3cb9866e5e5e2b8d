using System.Threading.RateLimiting;
using Magazine.Web.Comments;
using Magazine.Web.Hosting;
using Magazine.Web.Scaling;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Security;

/// <summary>
/// Sign-in posts per client per minute (<see cref="MagazineOptions.SignInAttemptsPerMinute"/>),
/// keyed by the same salted client fingerprint as the comment limit, counted where
/// <see cref="IFixedWindowLimits"/> says (in memory, or in Redis across instances).
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, Partition));

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<MagazineOptions>>().Value.SignInAttemptsPerMinute;
        if (limit <= 0)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }
        var client = context.RequestServices.GetRequiredService<ClientFingerprint>().Of(context);
        return context.RequestServices.GetRequiredService<IFixedWindowLimits>().Partition($"{Policy}:{client}", limit, TimeSpan.FromMinutes(1));
    }
}
