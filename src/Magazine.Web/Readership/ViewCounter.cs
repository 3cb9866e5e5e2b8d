using System.Collections.Concurrent;

namespace Magazine.Web.Readership;

/// <summary>
/// Story views counted in memory, taken in batches by <see cref="ViewFlusher"/>. A view is a
/// dictionary look-up and an interlocked increment: no lock, no allocation once a story has
/// its counter, nothing written per view.
/// </summary>
public sealed class ViewCounter
{
    private ConcurrentDictionary<int, Counter> _current = new();
    private ConcurrentDictionary<int, Counter> _previous = new();

    public void Count(int storyId) => Interlocked.Increment(ref Volatile.Read(ref _current).GetOrAdd(storyId, static _ => new Counter()).Value);

    /// <summary>
    /// The views counted since the last call. The counters are swapped for fresh ones; the
    /// previous set is read once more on the next call, for increments that were under way
    /// on it while it was swapped out.
    /// </summary>
    public Dictionary<int, int> Take()
    {
        var taken = Interlocked.Exchange(ref _current, new ConcurrentDictionary<int, Counter>());
        var views = new Dictionary<int, int>();
        Drain(_previous, views);
        Drain(taken, views);
        _previous = taken;
        return views;
    }

    /// <summary>Gives back views that could not be written, so the next batch carries them.</summary>
    public void Return(IReadOnlyDictionary<int, int> views)
    {
        var current = Volatile.Read(ref _current);
        foreach (var (id, count) in views)
        {
            Interlocked.Add(ref current.GetOrAdd(id, static _ => new Counter()).Value, count);
        }
    }

    private static void Drain(ConcurrentDictionary<int, Counter> counters, Dictionary<int, int> into)
    {
        foreach (var (id, counter) in counters)
        {
            var count = Interlocked.Exchange(ref counter.Value, 0);
            if (count > 0)
            {
                into[id] = into.GetValueOrDefault(id) + count;
            }
        }
    }

    private sealed class Counter
    {
        public int Value;
    }
}
