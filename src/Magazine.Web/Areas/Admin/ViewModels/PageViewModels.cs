using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record PageRow(int Id, string Title, string Slug, string Language, bool IsPublished, DateTime UpdatedAt);

public sealed record PagesViewModel(IReadOnlyList<PageRow> Pages, TimeZoneInfo TimeZone);

public sealed record PageEditViewModel(int? Id, PageForm Form, string? PreviewHtml, string? Notice = null)
{
    public string FormAction => NewsroomUrls.To(Id is null ? "/pages/new" : $"/pages/{Id}");
}

/// <summary>A standalone page (About, Contact, a privacy policy) as editors write it.</summary>
public sealed class PageForm : IValidatableObject, IEditableBody
{
    [Required(ErrorMessage = "A page needs a title.")]
    [StringLength(300)]
    public string Title { get; set; } = "";

    [StringLength(Slugs.MaxLength)]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(500_000)]
    [Publishing.RenderableMarkdown(rawHtml: true)]
    [Display(Name = "Body (Markdown)")]
    public string? BodyMarkdown { get; set => field = LineEndings.Normalize(value); }

    [Display(Name = "Body format")]
    public BodyFormat BodyFormat { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>The <c>Page.Version</c> the person started from; a save from an older one is refused.</summary>
    public int Version { get; set; }

    /// <summary>The Arabic edition's version (same format); left empty, that edition shows the page above.</summary>
    [StringLength(300)]
    [Display(Name = "Title in Arabic")]
    public string? ArabicTitle { get; set; }

    [StringLength(500_000)]
    [Publishing.RenderableMarkdown(rawHtml: true)]
    [Display(Name = "Body in Arabic")]
    public string? ArabicBodyMarkdown { get; set; }

    [Display(Name = "Published (visible to readers)")]
    public bool IsPublished { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var L = validationContext.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (StoryForm.Languages.All(l => l.Code != Language))
        {
            yield return new ValidationResult(L["Choose English or Arabic."], [nameof(Language)]);
        }
        if (string.IsNullOrWhiteSpace(ArabicTitle) != string.IsNullOrWhiteSpace(ArabicBodyMarkdown))
        {
            yield return new ValidationResult(L["The Arabic version needs both a title and a body."], [nameof(ArabicTitle)]);
        }
    }
}
