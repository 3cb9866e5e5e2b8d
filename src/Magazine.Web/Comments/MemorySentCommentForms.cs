namespace Magazine.Web.Comments;

/// <summary>
/// <see cref="ISentCommentForms"/> in this server's memory, bounded at <see cref="MaxEntries"/>:
/// expired keys go first, then the oldest, so a flood of posts costs memory only up to the
/// bound (a duplicate of a forgotten post would then be stored, which moderation still sees).
/// </summary>
public sealed class MemorySentCommentForms(TimeProvider clock) : ISentCommentForms
{
    public const int MaxEntries = 200_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool TryRemember(string key, DateTimeOffset until)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_until.TryGetValue(key, out var remembered) && remembered > now)
            {
                return false;
            }
            while (_order.Count > 0 && (_until.Count >= MaxEntries || _until.GetValueOrDefault(_order.Peek()) <= now))
            {
                _until.Remove(_order.Dequeue());
            }
            _until[key] = until;
            _order.Enqueue(key);
            return true;
        }
    }
}
