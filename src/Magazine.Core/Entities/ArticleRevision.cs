namespace Magazine.Core.Entities;

/// <summary>A copy of a story's editable fields as they were saved; any revision can be restored.</summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Title { get; set; }
    public string? Dek { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public BodyFormat BodyFormat { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
}
