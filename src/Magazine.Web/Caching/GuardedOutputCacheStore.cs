using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Caching;

/// <summary>
/// The output cache's store, refusing reader pages rendered before an eviction of one of
/// their tags. The check is made again after storing: an eviction that began in between
/// may have run before the page was in the store, so the page's tags are evicted again.
/// </summary>
public sealed class GuardedOutputCacheStore(IOutputCacheStore inner, ReaderCache cache, IHttpContextAccessor http) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        tags ??= [];
        if (ReaderPagePolicy.BegunAt(http.HttpContext) is not { } begunAt || !cache.IsCurrent(begunAt, tags))
        {
            return;
        }
        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        if (!cache.IsCurrent(begunAt, tags))
        {
            foreach (var tag in cache.EvictedSince(begunAt, tags))
            {
                await inner.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }
}
