namespace Magazine.Web.Previews;

/// <summary>
/// A story shown as its reader page will show it, before it is published: in the editor's
/// preview pane, and behind a private preview link.
/// </summary>
public sealed record StoryPreviewViewModel(
    string Title,
    string? Dek,
    string Language,
    string? AuthorName,
    string? SectionName,
    string? HeroImageUrl,
    string? HeroImageAlt,
    string? HeroCaption,
    string BodyHtml,
    IReadOnlyList<string> Tags,
    int ReadingMinutes)
{
    /// <summary>On its own page (a preview link) the headline is the page's heading; in the editor it sits under the editor's.</summary>
    public bool StandsAlone { get; init; }
}
