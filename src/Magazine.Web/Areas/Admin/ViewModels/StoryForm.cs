using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>What the buttons of the story editor ask for.</summary>
public enum StoryCommand
{
    Save,
    Submit,
    Publish,
    Schedule,
    Preview,

    /// <summary>Rewrites an HTML body as Markdown in the form only; nothing is saved until the person saves.</summary>
    ConvertToMarkdown,
}

/// <summary>The story editor's input. Generated fields (HTML, text, reading time) are never bound from it.</summary>
public sealed class StoryForm : IValidatableObject, IEditableBody
{
    public static readonly IReadOnlyList<(string Code, string Name)> Languages = [("en", "English"), ("ar", "Arabic (العربية)")];

    /// <summary>The <c>Article.Version</c> the person started from; a save from an older one is refused.</summary>
    public int Version { get; set; }

    [Required(ErrorMessage = "A story needs a headline.")]
    [StringLength(300)]
    [Display(Name = "Headline")]
    public string Title { get; set; } = "";

    [StringLength(Slugs.MaxLength)]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(600)]
    [Display(Name = "Standfirst")]
    public string? Dek { get; set => field = LineEndings.Normalize(value); }

    [Display(Name = "Section")]
    public int? CategoryId { get; set; }

    [StringLength(1000)]
    [Display(Name = "Tags")]
    public string? Tags { get; set; }

    [Display(Name = "Upload a hero image")]
    public IFormFile? HeroImage { get; set; }

    [StringLength(1000)]
    [Display(Name = "Hero image address")]
    public string? HeroImageUrl { get; set; }

    [StringLength(300)]
    [Display(Name = "Hero image description (alt text)")]
    public string? HeroImageAlt { get; set; }

    [StringLength(500_000)]
    [Publishing.RenderableMarkdown(rawHtml: true)]
    [Display(Name = "Body (Markdown)")]
    public string? BodyMarkdown { get; set => field = LineEndings.Normalize(value); }

    [Display(Name = "Body format")]
    public BodyFormat BodyFormat { get; set; }

    [Display(Name = "Feature on the home page")]
    public bool IsFeatured { get; set; }

    [Display(Name = "Language")]
    public string Language { get; set; } = "en";

    /// <summary>Wall-clock time in the site's time zone, as a datetime-local input sends it.</summary>
    [Display(Name = "Publish at")]
    public DateTime? PublishAt { get; set; }

    public StoryCommand Command { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var L = validationContext.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!string.IsNullOrWhiteSpace(Slug) && Slugs.From(Slug).Length == 0)
        {
            yield return new ValidationResult(L["An address needs letters or digits."], [nameof(Slug)]);
        }
        if (!Languages.Any(l => l.Code == Language))
        {
            yield return new ValidationResult(L["Choose English or Arabic."], [nameof(Language)]);
        }
        if (!string.IsNullOrWhiteSpace(HeroImageUrl) && !IsAcceptableImageAddress(HeroImageUrl))
        {
            yield return new ValidationResult(L["Use an uploaded image (/media/...), a path on this site or an https address."], [nameof(HeroImageUrl)]);
        }
        if ((HeroImage is not null || !string.IsNullOrWhiteSpace(HeroImageUrl)) && string.IsNullOrWhiteSpace(HeroImageAlt))
        {
            yield return new ValidationResult(L["Describe the hero image for readers who cannot see it."], [nameof(HeroImageAlt)]);
        }
        if (Command == StoryCommand.Schedule && PublishAt is null)
        {
            yield return new ValidationResult(L["Choose the date and time to publish at."], [nameof(PublishAt)]);
        }
    }

    private static bool IsAcceptableImageAddress(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
