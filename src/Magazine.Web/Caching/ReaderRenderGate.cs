using System.Threading.RateLimiting;
using Magazine.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Caching;

/// <summary>
/// Lets a few reader-page renders run at once and queues the rest, oldest first. It sits
/// behind the output cache, so only pages the cache could not answer wait here; cached
/// pages, static files and the newsroom never do.
/// <para>
/// SQLite answers on the calling thread, so every render in flight holds a thread. Left
/// unbounded, a burst of cache misses (the archive's long tail, a hot story just evicted)
/// grew the thread pool to dozens of threads contending for the connection pool's lock and
/// stopping together at every collection; the profile showed about a quarter of the CPU
/// spent there, and cached answers queued behind the renders. A bound near the number of
/// cores keeps the CPU on renders and leaves room for cached answers.
/// </para>
/// </summary>
public sealed class ReaderRenderGate : IMiddleware, IDisposable
{
    private readonly ConcurrencyLimiter? _limiter;

    public ReaderRenderGate(IOptions<MagazineOptions> options)
    {
        var limit = options.Value.ConcurrentRenders;
        if (limit > 0)
        {
            _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = limit,
                QueueLimit = options.Value.QueuedRenders,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (_limiter is null || !IsReaderPage(context))
        {
            await next(context);
            return;
        }
        using var lease = await _limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            // More renders waiting than the queue holds: the site's own "busy" page, and a hint to retry.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }
        await next(context);
    }

    public static bool IsReaderPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: ReaderCache.Policy };

    public void Dispose() => _limiter?.Dispose();
}
