using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record SectionRow(int Id, string Name, string Slug, string? Description, int StoryCount);

public sealed record SectionsViewModel(IReadOnlyList<SectionRow> Sections, SectionForm Form);

public sealed record SectionEditViewModel(int Id, int StoryCount, SectionForm Form);

public sealed class SectionForm
{
    [Required(ErrorMessage = "A section needs a name.")]
    [StringLength(100)]
    public string Name { get; set; } = "";

    [StringLength(Slugs.MaxLength)]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(500)]
    public string? Description { get; set; }

    [StringLength(100)]
    [Display(Name = "Name in the Arabic edition")]
    public string? ArabicName { get; set; }

    [StringLength(500)]
    [Display(Name = "Description in the Arabic edition")]
    public string? ArabicDescription { get; set; }
}
