namespace Magazine.Core.Entities;

/// <summary>A standalone page (About, Contact, a privacy policy) outside the story flow.</summary>
public class Page
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    /// <summary>The source the newsroom edits, written in <see cref="BodyFormat"/>.</summary>
    public string BodyMarkdown { get; set; } = "";

    public BodyFormat BodyFormat { get; set; }
    public string BodyHtml { get; set; } = "";
    public bool IsPublished { get; set; }

    /// <summary>The Arabic edition's version, where the page has one; it falls back to the page above.</summary>
    public string? ArabicTitle { get; set; }
    public string? ArabicBodyMarkdown { get; set; }

    /// <summary>Generated from <see cref="ArabicBodyMarkdown"/> at save time, like <see cref="BodyHtml"/>.</summary>
    public string? ArabicBodyHtml { get; set; }
    public string Language { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>Optimistic concurrency, as for stories: bumped on every save; a stale copy's save is refused.</summary>
    public int Version { get; set; }

    public List<PageRevision> Revisions { get; set; } = [];
}
