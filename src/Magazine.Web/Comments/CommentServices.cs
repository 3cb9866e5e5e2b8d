using Microsoft.AspNetCore.RateLimiting;

namespace Magazine.Web.Comments;

public static class CommentServices
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddSingleton<CommentFormTimestamp>();
        services.AddSingleton<ISentCommentForms, MemorySentCommentForms>();
        services.AddSingleton<ClientFingerprint>();
        services.AddScoped<CommentThreadQuery>();
        services.AddScoped<CommentSectionQuery>();
        services.AddScoped<CommentCountQuery>();
        services.AddScoped<CommentPoster>();
        services.AddScoped<OwnCommentEditor>();
        services.AddScoped<CommentModerator>();
        services.AddScoped<ReplyNotifications>();
        services.AddRateLimiter(options =>
        {
            // No body: the status-code pages render the site's friendly 429 page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(CommentRateLimit.Policy, CommentRateLimit.Partition);
        });
        return services;
    }
}
