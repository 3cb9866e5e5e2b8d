namespace Magazine.Core.Entities;

/// <summary>A copy of a standalone page's text as it was saved; any revision can be compared or restored.</summary>
public class PageRevision
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public Page Page { get; set; } = null!;
    public required string Title { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public BodyFormat BodyFormat { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
}
