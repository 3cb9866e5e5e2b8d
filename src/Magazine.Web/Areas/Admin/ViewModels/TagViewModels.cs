using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record TagRow(int Id, string Name, string Slug, int StoryCount);

public sealed record TagsViewModel(ListPage<TagRow> Tags);

public sealed record TagEditViewModel(int Id, string CurrentName, int StoryCount, TagForm Form, TagMergeForm Merge);

public sealed class TagForm
{
    [Required(ErrorMessage = "A tag needs a name.")]
    [StringLength(100)]
    public string Name { get; set; } = "";

    [StringLength(Slugs.MaxLength)]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }
}

public sealed class TagMergeForm
{
    [Required(ErrorMessage = "Name the tag to merge into.")]
    [StringLength(100)]
    [Display(Name = "Merge into the tag")]
    public string Into { get; set; } = "";
}
