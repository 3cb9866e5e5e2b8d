namespace Magazine.Core.Content;

public static class TagNames
{
    /// <summary>
    /// Tags typed as a list separated by commas (Latin or Arabic), in the order typed, each
    /// with its slug; blanks and repeats (same slug) are dropped.
    /// </summary>
    public static IEnumerable<(string Name, string Slug)> Parse(string? input) =>
        (input ?? "").Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => (Name: name.Length > 100 ? name[..100].Trim() : name, Slug: Slugs.From(name)))
            .Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug);
}
