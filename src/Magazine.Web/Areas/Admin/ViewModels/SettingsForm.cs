using System.ComponentModel.DataAnnotations;
using Magazine.Core.Entities;
using Magazine.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>The site's settings as administrators edit them. The blurb's HTML is generated on save, never bound.</summary>
public sealed class SettingsForm : IValidatableObject
{
    [Required(ErrorMessage = "The site needs a name.")]
    [StringLength(100)]
    [Display(Name = "Site name")]
    public string SiteName { get; set; } = "";

    [StringLength(200)]
    public string? Tagline { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256)]
    [Display(Name = "Contact e-mail")]
    public string? ContactEmail { get; set; }

    [StringLength(4000)]
    [Display(Name = "Publisher blurb (Markdown)")]
    public string? PublisherBlurb { get; set; }

    [StringLength(100)]
    [Display(Name = "Site name in Arabic")]
    public string? ArabicSiteName { get; set; }

    [StringLength(200)]
    [Display(Name = "Tagline in Arabic")]
    public string? ArabicTagline { get; set; }

    [StringLength(4000)]
    [Display(Name = "Publisher blurb in Arabic (Markdown)")]
    public string? ArabicPublisherBlurb { get; set; }

    [StringLength(20_000)]
    [Display(Name = "Header ad slot")]
    public string? AdHeader { get; set; }

    [StringLength(20_000)]
    [Display(Name = "In-article ad slot")]
    public string? AdInArticle { get; set; }

    [StringLength(20_000)]
    [Display(Name = "Sidebar ad slot")]
    public string? AdSidebar { get; set; }

    [StringLength(2000)]
    [Display(Name = "Hosts the ads load from")]
    public string? AdHosts { get; set; }

    [Range(1, 100, ErrorMessage = "Between 1 and 100 stories a page.")]
    [Display(Name = "Stories per list page")]
    public int PageSize { get; set; } = 10;

    [Required(ErrorMessage = "Choose a time zone.")]
    [StringLength(100)]
    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";

    [StringLength(2000)]
    [Display(Name = "Hosts allowed to embed (iframes) in stories")]
    public string? EmbedHosts { get; set; }

    [Display(Name = "Comment moderation")]
    public CommentModeration CommentModeration { get; set; }

    [Range(0, 3650, ErrorMessage = "Between 0 (never) and 3650 days.")]
    [Display(Name = "Close comments after (days)")]
    public int CommentsCloseAfterDays { get; set; }

    [Range(0, 1000, ErrorMessage = "Between 0 (no limit) and 1000.")]
    [Display(Name = "Comments per reader per minute")]
    public int CommentRateLimitPerMinute { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var L = validationContext.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult(L["“{0}” is not a time zone this server knows. Use an IANA name such as Asia/Damascus or Europe/London.", TimeZone], [nameof(TimeZone)]);
        }
        foreach (var (field, list) in new[] { (nameof(EmbedHosts), EmbedHosts), (nameof(AdHosts), AdHosts) })
        {
            var bad = Core.Content.StoryRenderer.ParseHosts(list).FirstOrDefault(h => !Infrastructure.ContentSecurityPolicy.IsHostSource(h));
            if (bad is not null)
            {
                yield return new ValidationResult(L["“{0}” is not a host name: write host names only, such as www.youtube.com, separated by commas.", bad], [field]);
            }
        }
    }
}
