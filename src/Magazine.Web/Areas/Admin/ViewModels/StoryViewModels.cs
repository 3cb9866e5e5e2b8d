using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Magazine.Web.Hosting;
using Magazine.Web.Previews;
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

/// <summary>
/// One of the story lists, found by its filters: tabs by state with their counts, and the
/// choices the filter form offers (authors for editors only: a writer sees their own stories).
/// </summary>
public sealed record StoryListViewModel(
    StoryList List,
    StoryListFilter Filter,
    ListPage<StoryRow> Stories,
    IReadOnlyDictionary<StoryList, int> Counts,
    IReadOnlyList<AuthorChoice> Authors,
    IReadOnlyList<SectionLink> Sections,
    TimeZoneInfo TimeZone,
    bool MineOnly)
{
    /// <summary>The tabs this person has, in order: a writer's own stories are all they see, so they have no "All".</summary>
    public IEnumerable<StoryList> Tabs => Enum.GetValues<StoryList>().Where(l => !MineOnly || l != StoryList.All);

    public string UrlOf(StoryList list) => NewsroomUrls.To("/stories/" + list.ToString().ToLowerInvariant()) + Filter.QueryString;
}

public sealed record AuthorChoice(int Id, string Name);

/// <summary>What the story list is narrowed by; every field may be left blank.</summary>
public sealed class StoryListFilter
{
    [StringLength(200)]
    public string? Q { get; set; }

    public int? Author { get; set; }
    public int? Section { get; set; }

    [StringLength(10)]
    public string? Language { get; set; }

    /// <summary>Last changed on or after this day (the site's time zone).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last changed on or before this day (the site's time zone).</summary>
    public DateOnly? To { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Author is null && Section is null && string.IsNullOrEmpty(Language) && From is null && To is null;

    /// <summary>The filters as a query string ("" or "?q=..."), carried by the tabs and the pager.</summary>
    public string QueryString
    {
        get
        {
            var parts = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
                }
            }
            Add("q", Q);
            Add("author", Author?.ToString(CultureInfo.InvariantCulture));
            Add("section", Section?.ToString(CultureInfo.InvariantCulture));
            Add("language", Language);
            Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }
}

public enum StoryList
{
    All,
    Mine,
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
    StoryCopy? Conflict = null,
    string? Notice = null,
    TranslationCopy? Translation = null)
{
    /// <summary>Text this person typed here and the autosave kept, newer than the story as saved: offered back.</summary>
    public StoryAutosaveOffer? Autosave { get; init; }

    /// <summary>The whole story as readers will see it, after the Preview button (the script keeps it current as one types).</summary>
    public StoryPreviewViewModel? Preview { get; init; }

    /// <summary>The form shows the autosaved text, not yet saved.</summary>
    public bool FromAutosave { get; init; }

    public bool CanSharePreview { get; init; }

    /// <summary>The private preview link while one is live.</summary>
    public PreviewLink? PreviewLink { get; init; }

    public bool IsNew => Id is null;
    public string FormAction => Id is null ? NewsroomUrls.To("/stories/new") : NewsroomUrls.Story(Id.Value);
    public bool IsLive => State == StoryState.Published;
}

public sealed record StoryAutosaveOffer(DateTime SavedAt);

public sealed record RevisionRow(int Id, DateTime CreatedAt, string? UserName, string Title);

/// <summary>A story's or page's revisions, newest first. A story's can each be read on their own page; a page's are read by comparison.</summary>
public sealed record RevisionsViewModel(string EditorUrl, string Title, int Version, bool CanRestore, IReadOnlyList<RevisionRow> Revisions, TimeZoneInfo TimeZone, bool HasRevisionPages = true)
{
    public string RevisionsUrl => EditorUrl + "/revisions";

    public string UrlOf(int revisionId) => HasRevisionPages ? $"{RevisionsUrl}/{revisionId}" : $"{RevisionsUrl}/compare?from={revisionId}";
}

public sealed record RevisionViewModel(int ArticleId, int Version, bool CanRestore, RevisionRow Revision, string? Dek, string BodyMarkdown, string BodyHtml, TimeZoneInfo TimeZone);
