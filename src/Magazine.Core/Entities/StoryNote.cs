namespace Magazine.Core.Entities;

/// <summary>
/// A dated correction or update shown on a published story. Never deleted: removing one
/// hides it from readers and keeps, for the newsroom, who removed it and when.
/// </summary>
public class StoryNote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public StoryNoteKind Kind { get; set; }

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Generated at save time from <see cref="BodyMarkdown"/>; never bound from a form.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>UTC; the date readers see.</summary>
    public DateTime CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";

    /// <summary>UTC; set when an editor removes the note. Readers no longer see it.</summary>
    public DateTime? RemovedAt { get; set; }
    public string? RemovedByName { get; set; }
}
