using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Magazine.Web.Caching;

/// <summary>
/// ETag and Last-Modified for reader pages, from the reader cache's generation: a revisit
/// while nothing has changed is answered 304 before any page work is done.
/// </summary>
public sealed class ReaderPageValidators(RequestDelegate next, ReaderCache cache)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName != ReaderCache.Policy
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.User.Identity?.IsAuthenticated == true)
        {
            return next(context);
        }
        var generation = cache.Current;
        var headers = request.GetTypedHeaders();
        var notModified = headers.IfNoneMatch.Count > 0
            ? headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(generation.ETag), useStrongComparison: false))
            : headers.IfModifiedSince is { } since && since >= generation.ChangedAt.AddTicks(-(generation.ChangedAt.Ticks % TimeSpan.TicksPerSecond));
        if (notModified)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = generation.ETag;
            return Task.CompletedTask;
        }
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = generation.ETag;
                context.Response.GetTypedHeaders().LastModified = generation.ChangedAt;
                context.Response.Headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
