namespace Magazine.Core.Entities;

/// <summary>A reader's comment under a story or, for sites moved in from elsewhere, under a standalone page: exactly one of the two.</summary>
public class Comment
{
    public int Id { get; set; }
    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? PageId { get; set; }
    public Page? Page { get; set; }
    public int? ParentId { get; set; }
    public Comment? Parent { get; set; }

    /// <summary>0 for a top-level comment; replies deeper than the display limit are attached at it.</summary>
    public int Depth { get; set; }

    public required string AuthorName { get; set; }

    /// <summary>Private: never shown to readers, never exported in clear to logs.</summary>
    public string? AuthorEmail { get; set; }
    public string? AuthorUrl { get; set; }
    public string? UserId { get; set; }

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Generated at save time through the comment pipeline; never bound from a form.</summary>
    public string BodyHtml { get; set; } = "";
    public CommentStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Soft delete: a removed comment with replies leaves a marker so the thread stays readable.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>Salted hash of the client address, for rate limits and first-time checks; never the address itself.</summary>
    public string? ClientHash { get; set; }
    public string? ExternalId { get; set; }
}
