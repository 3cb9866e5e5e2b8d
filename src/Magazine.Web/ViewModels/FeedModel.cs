namespace Magazine.Web.ViewModels;

/// <summary>A feed of stories: the site's or a section's, in one edition. Addresses are absolute.</summary>
public sealed record FeedModel(
    string Title,
    string? Subtitle,
    string Language,
    string PageUrl,
    string FeedUrl,
    string Id,
    DateTime UpdatedAt,
    IReadOnlyList<FeedEntry> Entries);

public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    string AuthorName,
    string AuthorUrl,
    string Summary,
    string BodyHtml,
    string Language,
    string? SectionName,
    string? HeroImageUrl);
