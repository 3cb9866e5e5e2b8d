namespace Magazine.Web.Caching;

/// <summary>
/// What the current request's reader page shows, noted by the queries as they read it;
/// <see cref="ReaderPagePolicy"/> puts the tags on the cached page.
/// </summary>
public sealed class ReaderPageTags
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Tags => _tags;

    public ReaderPageTags Add(string tag)
    {
        _tags.Add(tag);
        return this;
    }

    public ReaderPageTags Stories(IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            _tags.Add(ReaderTags.Story(id));
        }
        return this;
    }
}
