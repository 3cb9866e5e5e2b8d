namespace Magazine.Core.Entities;

/// <summary>
/// An old address that answers 301: a story's former slug, or a path from the system a
/// site was imported from. It points at the target entity rather than a URL, so the
/// redirect follows a story through later slug changes.
/// </summary>
public class Redirect
{
    public int Id { get; set; }

    /// <summary>Path (and for legacy query forms, the query) exactly as requested, lower-cased.</summary>
    public required string FromPath { get; set; }
    public int? ArticleId { get; set; }
    public int? PageId { get; set; }
    public int? CategoryId { get; set; }
    public int? TagId { get; set; }

    /// <summary>A fixed local target, for addresses that map to no entity (old feed paths).</summary>
    public string? ToPath { get; set; }
    public DateTime CreatedAt { get; set; }
}
