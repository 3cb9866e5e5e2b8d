using Magazine.Web.Hosting;

namespace Magazine.Web.Infrastructure;

/// <summary>Security headers on every response, pages, files and errors alike.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SiteIdentityProvider site)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var identity = await site.GetAsync(context.RequestAborted);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = identity.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            return Task.CompletedTask;
        });
        await next(context);
    }
}
