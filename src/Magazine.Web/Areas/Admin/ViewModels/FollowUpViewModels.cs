using System.ComponentModel.DataAnnotations;
using Magazine.Core.Entities;
using Magazine.Web.Readership;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>A published story's life after publication: its notes, its live coverage and its readers.</summary>
public sealed record FollowUpViewModel(
    int Id,
    string Title,
    string Language,
    string? Url,
    DateTime? LiveSince,
    IReadOnlyList<NoteRow> Notes,
    IReadOnlyList<LiveUpdateRow> Updates,
    IReadOnlyList<DailyViews> Views,
    NoteForm Note,
    LiveUpdateForm Update)
{
    public bool IsPublished => Url is not null;
    public int ViewsInPeriod => Views.Sum(v => v.Views);
}

public sealed record NoteRow(int Id, StoryNoteKind Kind, string BodyHtml, DateTime CreatedAt, string CreatedBy, DateTime? RemovedAt, string? RemovedBy);

public sealed record LiveUpdateRow(int Id, string BodyHtml, DateTime PostedAt, string PostedBy);

public sealed class NoteForm
{
    [EnumDataType(typeof(StoryNoteKind), ErrorMessage = "Choose a correction or an update.")]
    public StoryNoteKind Kind { get; set; } = StoryNoteKind.Correction;

    [Required(ErrorMessage = "Say what was wrong and what is right, or what changed.")]
    [StringLength(2000)]
    [Display(Name = "Note (Markdown)")]
    public string Text { get; set; } = "";
}

public sealed class LiveUpdateForm
{
    [Required(ErrorMessage = "An update needs some text.")]
    [StringLength(4000)]
    [Display(Name = "Update (Markdown)")]
    public string Text { get; set; } = "";
}
