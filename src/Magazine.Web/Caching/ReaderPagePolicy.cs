using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Magazine.Web.Caching;

/// <summary>
/// Output caching for reader pages: anonymous GET and HEAD only, never a response that
/// sets a cookie (an antiforgery token would set one, which keeps tokens out of the
/// cache), varied by the encodings the client accepts. Pages carry a weak ETag and a
/// Last-Modified from the cache generation, so revisits get 304.
/// </summary>
public sealed class ReaderPagePolicy(ReaderCache cache, PublicationSchedule schedule, IOptions<Hosting.MagazineOptions> options) : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly object GenerationKey = new();

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = options.Value.OutputCache
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        if (await schedule.IsDueAsync(cancellation))
        {
            schedule.Forget();
            await cache.InvalidateAsync(cancellation);
        }
        http.Items[GenerationKey] = cache.Current;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(ReaderCache.Tag);
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.QueryKeys = "*";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A page rendered while the content changed may show the old state: never keep it.
        var renderedIn = context.HttpContext.Items[GenerationKey];
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || !ReferenceEquals(renderedIn, cache.Current))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
