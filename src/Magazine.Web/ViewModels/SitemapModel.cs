namespace Magazine.Web.ViewModels;

/// <summary>A page of the site for a sitemap: its path within an edition (no prefix) and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>One file of a sitemap index: its kind ("sections", "authors", "tags", "stories") and number.</summary>
public sealed record SitemapFile(string Kind, int Number, DateTime? LastModified)
{
    public string Path => $"/sitemaps/{Kind}-{Number}.xml";
}

/// <summary>A story for the news sitemap.</summary>
public sealed record NewsSitemapEntry(string Url, string Title, string Language, DateTime PublishedAt);
