namespace Magazine.Core.Entities;

/// <summary>Tags are ordered; the first is the story's primary tag.</summary>
public class ArticleTag
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int SortOrder { get; set; }
}
