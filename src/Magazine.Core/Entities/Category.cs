namespace Magazine.Core.Entities;

/// <summary>Shown to readers as a section (World, Syria, Business...).</summary>
public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }

    /// <summary>The section's name in the Arabic edition; the name above stands in when it is empty.</summary>
    public string? ArabicName { get; set; }
    public string? ArabicDescription { get; set; }
    public int SortOrder { get; set; }
    public string? ExternalId { get; set; }
}
