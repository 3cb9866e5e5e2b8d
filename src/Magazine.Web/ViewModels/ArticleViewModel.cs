namespace Magazine.Web.ViewModels;

public sealed record ArticleViewModel(
    StoryCard Story,
    DateTime UpdatedAt,
    string BodyHtml,
    string Summary,
    IReadOnlyList<TagLink> Tags,
    string? AuthorBio,
    StoryLink? Newer,
    StoryLink? Older,
    IReadOnlyList<StoryCard> Related,
    Comments.CommentSectionViewModel Comments,
    IReadOnlyList<StoryNoteView> Notes,
    LiveCoverage? Live,
    StoryTranslation? Translation = null)
{
    /// <summary>The last time readers saw the story change: an edit, a correction or update note, a live update.</summary>
    public DateTime ModifiedAt { get; } = new[] { UpdatedAt, Story.PublishedAt }
        .Concat(Notes.Select(n => n.CreatedAt))
        .Concat(Live?.Updates.Select(u => u.PostedAt) ?? [])
        .Max();

    public bool WasUpdated => ModifiedAt > Story.PublishedAt.AddMinutes(1);
}

public sealed record TagLink(string Name, string Slug);

public sealed record StoryLink(string Title, string Url, string Language);

/// <summary>The published translation of a story: its address (in its own edition) and language.</summary>
public sealed record StoryTranslation(string Url, string Language);
