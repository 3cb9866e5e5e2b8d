namespace Magazine.Core.Entities;

/// <summary>
/// What one person has typed into a story's editor and not yet saved, kept by the editor's
/// autosave. It is not a revision and never touches the story itself (a live story must not
/// change under its readers); it only counts while the story is still at <see cref="BaseVersion"/>.
/// </summary>
public class StoryAutosave
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string UserId { get; set; }

    /// <summary>The story's version the text was typed over; a newer save makes this copy stale.</summary>
    public int BaseVersion { get; set; }

    public string Title { get; set; } = "";
    public string? Dek { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public DateTime SavedAt { get; set; }
}
