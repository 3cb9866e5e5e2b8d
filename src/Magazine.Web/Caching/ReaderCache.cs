using System.Collections.Concurrent;
using Magazine.Web.Scaling;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Caching;

/// <summary>
/// The cache of anonymous reader pages. Each page carries tags for what it shows (see
/// <see cref="ReaderTags"/>) and a save evicts only the tags it touched, so a comment on
/// one story leaves every other page cached.
/// <para>
/// Every eviction takes the next number of a sequence and notes it against each tag it
/// evicts. A render notes the sequence when it begins; its page is stored only if none of
/// its tags was evicted since (<see cref="IsCurrent"/>). A render that read the database
/// before a change it shows was acknowledged can therefore never be kept, while an
/// unrelated eviction does not stop it from being kept.
/// </para>
/// Each eviction also starts a new generation, the validator behind ETag and Last-Modified:
/// one validator for the whole site, so a revisit after any change gets a full answer
/// (from the cache when its page was untouched) and never an out-of-date 304.
/// </summary>
public sealed class ReaderCache(IOutputCacheStore store, TimeProvider clock, IInstanceBroadcast? broadcast = null)
{
    public const string Policy = "reader";
    public const string Tag = ReaderTags.All;

    /// <summary>Tags remembered before the memory is wiped and <see cref="_floor"/> raised: far more than a news day's evictions in one render's time.</summary>
    private const int RememberedTags = 20_000;

    private readonly ConcurrentDictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    private long _sequence;
    private long _floor;
    private Generation _current = new(clock.GetUtcNow().UtcTicks, clock.GetUtcNow());

    public Generation Current => Volatile.Read(ref _current);

    /// <summary>Where the eviction sequence stands: taken before a render reads anything.</summary>
    public long Begin() => Interlocked.Read(ref _sequence);

    /// <summary>Whether a page rendered from <paramref name="begunAt"/> still shows the current state of everything it is tagged with.</summary>
    public bool IsCurrent(long begunAt, IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            if (_evictedAt.TryGetValue(tag, out var evicted) && evicted > begunAt)
            {
                return false;
            }
        }
        // Read after the tags: a wipe raises the floor before it forgets them.
        return begunAt >= Interlocked.Read(ref _floor);
    }

    /// <summary>
    /// Which of <paramref name="tags"/> to evict again for a page stored while one of them
    /// was being evicted: those evicted since, or all but the site-wide one when the memory
    /// of that time has been wiped.
    /// </summary>
    public IReadOnlyList<string> EvictedSince(long begunAt, IReadOnlyCollection<string> tags)
    {
        var evicted = tags.Where(tag => _evictedAt.TryGetValue(tag, out var at) && at > begunAt).ToList();
        if (evicted.Count == 0 && begunAt < Interlocked.Read(ref _floor))
        {
            evicted = tags.Where(tag => tag != ReaderTags.All).DefaultIfEmpty(ReaderTags.All).ToList();
        }
        return evicted;
    }

    /// <summary>Evicts every reader page.</summary>
    public Task InvalidateAsync(CancellationToken cancellationToken = default) => EvictAsync([ReaderTags.All], cancellationToken);

    /// <summary>Evicts the pages carrying any of <paramref name="tags"/>; call after the change is committed.</summary>
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        if (tags.Count == 0)
        {
            return;
        }
        Note(tags);
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
        broadcast?.Evicted(tags);
    }

    /// <summary>
    /// Another instance evicted these tags from the shared store: renders begun here before
    /// it must not be kept, and revisits must not be answered with an old validator.
    /// </summary>
    public void EvictedElsewhere(IReadOnlyCollection<string> tags) => Note(tags);

    private void Note(IReadOnlyCollection<string> tags)
    {
        var number = Interlocked.Increment(ref _sequence);
        if (_evictedAt.Count > RememberedTags)
        {
            Interlocked.Exchange(ref _floor, number);
            _evictedAt.Clear();
        }
        foreach (var tag in tags)
        {
            // Two evictions of one tag may race: the later number must win.
            _evictedAt.AddOrUpdate(tag, number, (_, noted) => Math.Max(noted, number));
        }
        var now = clock.GetUtcNow();
        Volatile.Write(ref _current, new Generation(Math.Max(Current.Id + 1, now.UtcTicks), now));
    }

    /// <summary>A version of everything readers see; <see cref="ChangedAt"/> is when it began.</summary>
    public sealed record Generation(long Id, DateTimeOffset ChangedAt)
    {
        public string ETag { get; } = $"W/\"{Id:x}\"";
    }
}
