namespace Magazine.Web.ViewModels;

/// <summary>
/// A page of the site for a sitemap and when it last changed. Without <paramref name="Versions"/>
/// it is a page of every edition (a section): <paramref name="Path"/> has no prefix and is
/// listed once per edition. With them it lives in one edition (a story): the path is its
/// address there, and the versions are its real translations (empty when it has none).
/// </summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified, IReadOnlyList<Hosting.EditionAlternate>? Versions = null);

/// <summary>One file of a sitemap index: its kind ("sections", "authors", "tags", "stories") and number.</summary>
public sealed record SitemapFile(string Kind, int Number, DateTime? LastModified)
{
    public string Path => $"/sitemaps/{Kind}-{Number}.xml";
}

/// <summary>A story for the news sitemap.</summary>
public sealed record NewsSitemapEntry(string Url, string Title, string Language, DateTime PublishedAt);
