using Magazine.Core.Content;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.Import;

public enum ExportFormat
{
    Blogger,
    WordPress,
}

/// <param name="DryRun">Do everything, report it, then roll it all back.</param>
/// <param name="Sections">
/// Labels, categories or tags (by name or slug) that become sections; every other term becomes
/// a tag. Null keeps each format's own meaning: WordPress categories are sections, Blogger
/// labels and WordPress tags are tags.
/// </param>
public sealed record ImportOptions(bool DryRun = false, IReadOnlyCollection<string>? Sections = null)
{
    public static IReadOnlyCollection<string>? ParseSections(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? null
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsSection(TermKind kind, string key, string name) =>
        Sections is null
            ? kind == TermKind.Category
            : Sections.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(s, key, StringComparison.OrdinalIgnoreCase)
                || Slugs.From(s) == Slugs.From(name));
}
