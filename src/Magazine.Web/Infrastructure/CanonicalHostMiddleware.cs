using Magazine.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// With <c>Magazine:Site:BaseUrl</c> set, the site answers under that host only: a page
/// asked for under another name is sent to the same path on the public host (301), and any
/// other method is refused (400, the site's page) rather than carried across. Health checks
/// answer under any name, so a load balancer can probe the server by its own address.
/// </summary>
public sealed class CanonicalHostMiddleware(RequestDelegate next, PublicOrigin origin)
{
    public const string HealthPath = "/healthz";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (origin.Configured is not { } configured
            || origin.Serves(request.Host)
            || request.Path.StartsWithSegments(HealthPath)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = UriHelper.BuildAbsolute(
                configured.Scheme, origin.Host, request.PathBase, request.Path, request.QueryString);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }
}
