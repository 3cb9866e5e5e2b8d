using Magazine.Web.Areas.Admin.ViewModels;

namespace Magazine.Web.Areas.Admin.Revisions;

/// <summary>One saved state of a story's or page's text, or its current text.</summary>
public sealed record RevisionText(int Id, string Title, string? Dek, string Body, DateTime SavedAt, string? SavedBy);

/// <summary>
/// Two states of a story or a page, compared word by word, with who saved each and when, and
/// the list to choose another pair from. <see cref="CurrentId"/> (0) stands for the current text.
/// </summary>
public sealed record RevisionCompareViewModel(
    string Title,
    string Language,
    string EditorUrl,
    string RevisionsUrl,
    int Version,
    bool CanRestore,
    IReadOnlyList<RevisionRow> Revisions,
    RevisionText Older,
    RevisionText Newer,
    IReadOnlyList<DiffSegment> TitleDiff,
    IReadOnlyList<DiffSegment> DekDiff,
    IReadOnlyList<DiffSegment> BodyDiff,
    TimeZoneInfo TimeZone)
{
    public const int CurrentId = 0;

    public bool Unchanged => TitleDiff.Concat(DekDiff).Concat(BodyDiff).All(s => s.Kind == DiffKind.Same);

    public static RevisionCompareViewModel Of(
        string title, string language, string editorUrl, int version, bool canRestore, IReadOnlyList<RevisionRow> revisions,
        RevisionText older, RevisionText newer, TimeZoneInfo zone) =>
        new(title, language, editorUrl, editorUrl + "/revisions", version, canRestore, revisions, older, newer,
            WordDiff.Between(older.Title, newer.Title), WordDiff.Between(older.Dek, newer.Dek), WordDiff.Between(older.Body, newer.Body), zone);

    /// <summary>
    /// The pair to show when the address names none: the newest revision's predecessor against the
    /// current text, so the last save's changes are what one sees first.
    /// </summary>
    public static (int From, int To) DefaultPair(IReadOnlyList<RevisionRow> newestFirst, int? from, int? to) =>
        (from ?? (newestFirst.Count > 1 ? newestFirst[1].Id : newestFirst.Count == 1 ? newestFirst[0].Id : CurrentId), to ?? CurrentId);
}
