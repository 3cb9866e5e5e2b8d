namespace Magazine.Web.Hosting;

/// <summary>
/// What a view tells the layout about its page (title, description, canonical address,
/// language), typed instead of string-keyed ViewData. One per request.
/// </summary>
public sealed class PageMetadata
{
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The page's address in the current edition (from <c>StoryUrls</c>); the other editions' alternates follow from it.</summary>
    public string? CanonicalPath { get; set; }
    public string? ImageUrl { get; set; }

    /// <summary>Set by pages that live in one edition and pair with translations (stories); overrides the same-path alternates.</summary>
    public EditionLinks? Editions { get; set; }

    /// <summary>Set when <see cref="ImageUrl"/> is a processed upload: cards then get its 1200×630 social image.</summary>
    public Media.ResponsiveImage? Image { get; set; }

    /// <summary>"article" on story pages, "website" elsewhere (Open Graph type).</summary>
    public string Type { get; set; } = "website";
    public bool NoIndex { get; set; }

    /// <summary>A feed of this page's own stories (a section's), announced beside the site's feed.</summary>
    public FeedLink? Feed { get; set; }

    /// <summary>Story pages: publish and update times for article:published_time and article:modified_time.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime? ModifiedAt { get; set; }

    /// <summary>JSON-LD documents, already serialised with <see cref="StructuredData"/> (safe inside a script element).</summary>
    public List<string> StructuredData { get; } = [];
}

public sealed record FeedLink(string Title, string Url);
