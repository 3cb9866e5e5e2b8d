using Magazine.Web.Hosting;
using Magazine.Web.Publishing;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>A story in a newsroom list.</summary>
public sealed record StoryRow(
    int Id,
    string Title,
    string Language,
    string AuthorName,
    string? SectionName,
    StoryState State,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    string? TranslationLanguage = null);

/// <summary>The other story of a translation group, shown beside the one being edited.</summary>
public sealed record TranslationCopy(int Id, string Title, string? Dek, string BodyMarkdown, string Language);

/// <summary>One of the story lists (drafts, in review, scheduled, published, trash).</summary>
public sealed record StoryListViewModel(StoryList List, ListPage<StoryRow> Stories, TimeZoneInfo TimeZone, bool MineOnly);

public enum StoryList
{
    Drafts,
    Review,
    Scheduled,
    Published,
    Trash,
}

/// <summary>
/// The story editor: the form (what the person typed, or the stored story) plus what the
/// page needs around it: the story's state, what this person may do, and choices.
/// </summary>
public sealed record StoryEditorViewModel(
    int? Id,
    StoryForm Form,
    StoryState State,
    DateTime? PublishedAt,
    string? PublicUrl,
    string? AuthorName,
    int RevisionCount,
    bool CanView,
    bool CanEdit,
    bool CanPublish,
    bool CanTrash,
    bool CanRestore,
    IReadOnlyList<SectionLink> Sections,
    IReadOnlyList<string> TagSuggestions,
    TimeZoneInfo TimeZone,
    string? PreviewHtml = null,
    StoryCopy? Conflict = null,
    string? Notice = null,
    TranslationCopy? Translation = null)
{
    public bool IsNew => Id is null;
    public string FormAction => Id is null ? NewsroomUrls.To("/stories/new") : NewsroomUrls.Story(Id.Value);
    public bool IsLive => State == StoryState.Published;
}

public sealed record RevisionRow(int Id, DateTime CreatedAt, string? UserName, string Title);

public sealed record RevisionsViewModel(int ArticleId, string Title, int Version, bool CanRestore, IReadOnlyList<RevisionRow> Revisions, TimeZoneInfo TimeZone);

public sealed record RevisionViewModel(int ArticleId, int Version, bool CanRestore, RevisionRow Revision, string? Dek, string BodyMarkdown, string BodyHtml, TimeZoneInfo TimeZone);
