using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Magazine.Web.Caching;

/// <summary>
/// Output caching for reader pages: anonymous GET and HEAD only, never a response that
/// sets a cookie (an antiforgery token would set one, which keeps tokens out of the
/// cache), varied by the encodings the client accepts. Each page is tagged with what its
/// queries read (<see cref="ReaderPageTags"/>) and notes when its render began, so
/// <see cref="GuardedOutputCacheStore"/> can refuse it if one of those things changed since.
/// </summary>
public sealed class ReaderPagePolicy(ReaderCache cache, PublicationSchedule schedule, Scaling.IRunOnce once, IOptions<Hosting.MagazineOptions> options) : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly object BegunKey = new();

    /// <summary>When the current request's render began in the reader cache's eviction sequence, if it is a reader page.</summary>
    public static long? BegunAt(HttpContext? context) => context?.Items[BegunKey] as long?;

    /// <summary>The only requests the page cache answers or keeps: reads by nobody signed in.</summary>
    public static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.User.Identity?.IsAuthenticated != true
        && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = options.Value.OutputCache && IsAnonymousRead(http);
        if (await schedule.JustDueAsync(cancellation) is { } due)
        {
            schedule.Forget();
            // Every instance sees the moment pass; one evicts the shared store, and tells the others.
            if (await once.ClaimAsync($"publication:{due.Ticks}", TimeSpan.FromHours(1), cancellation))
            {
                await cache.InvalidateAsync(cancellation);
            }
        }
        http.Items[BegunKey] = cache.Begin();
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Requests waiting on another's render would be handed its page without the check
        // at storage, and that render may have begun before a change they were told of.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(ReaderTags.All);
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.QueryKeys = "*";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (options.Value.CacheHeader)
        {
            context.HttpContext.Response.Headers[CacheHeader] = "hit";
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Set on answers from the cache when <c>Magazine:CacheHeader</c> is on (tests and the benchmark).</summary>
    public const string CacheHeader = "X-Reader-Cache";

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        foreach (var tag in context.HttpContext.RequestServices.GetRequiredService<ReaderPageTags>().Tags)
        {
            context.Tags.Add(tag);
        }
        return ValueTask.CompletedTask;
    }
}
