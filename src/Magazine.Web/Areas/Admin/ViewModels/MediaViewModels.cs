using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record MediaRow(int Id, string Url, string OriginalName, string ContentType, long Length, string? Alt, DateTime UploadedAt, string? UploadedBy);

public sealed record MediaListViewModel(ListPage<MediaRow> Files, MediaUploadForm Form, TimeZoneInfo TimeZone);

public sealed class MediaUploadForm
{
    [Required(ErrorMessage = "Choose an image to upload.")]
    [Display(Name = "Image")]
    public IFormFile? File { get; set; }

    [Required(ErrorMessage = "Describe the image for readers who cannot see it.")]
    [StringLength(300)]
    [Display(Name = "Description (alt text)")]
    public string? Alt { get; set; }
}
