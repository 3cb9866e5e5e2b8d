using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Caching;

/// <summary>
/// The cache of anonymous reader pages. Every reader page carries one tag, so any change a
/// reader could see drops them all at once: on a news site edits are rare next to reads,
/// and a page re-renders in milliseconds, so precision is not worth the bookkeeping.
/// Each drop also starts a new generation, the validator behind ETag and Last-Modified.
/// </summary>
public sealed class ReaderCache(IOutputCacheStore store, TimeProvider clock)
{
    public const string Policy = "reader";
    public const string Tag = "reader";

    private Generation _current = new(clock.GetUtcNow().UtcTicks, clock.GetUtcNow());

    public Generation Current => _current;

    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref _current, new Generation(Math.Max(_current.Id + 1, now.UtcTicks), now));
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>A version of everything readers see; <see cref="ChangedAt"/> is when it began.</summary>
    public sealed record Generation(long Id, DateTimeOffset ChangedAt)
    {
        public string ETag { get; } = $"W/\"{Id:x}\"";
    }
}
