using System.Diagnostics;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// One structured line per request: method, the matched route's pattern (never the
/// concrete path or query, which can carry tokens, e-mail addresses or search terms),
/// status and duration. Form values are never logged.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            logger.LogInformation("HTTP {Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
