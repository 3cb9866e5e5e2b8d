using System.ComponentModel.DataAnnotations;
using Magazine.Web.Media;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record MediaRow(
    int Id, string Url, string ThumbnailUrl, string OriginalName, int? Width, int? Height, long Length,
    string? Alt, string? Caption, string? Credit, DateTime UploadedAt, string? UploadedBy, IReadOnlyList<MediaUse> Uses);

public sealed record MediaListViewModel(ListPage<MediaRow> Files, string? Query, MediaUploadForm Form, TimeZoneInfo TimeZone);

/// <summary>One image as the story editor's picker offers it: where it is, a thumbnail, and what it is described with.</summary>
public sealed record MediaPickerItem(
    string Url, string ThumbnailUrl, string OriginalName, int? Width, int? Height, string? Alt, string? Caption, string? Credit)
{
    public static MediaPickerItem Of(string storedName, string originalName, int? width, int? height, string? alt, string? caption, string? credit)
    {
        var url = MediaStore.UrlOf(storedName);
        return new(url, ResponsiveImage.Parse(url)?.UrlAtMost(ResponsiveImage.Ladder[0]) ?? url, originalName, width, height, alt, caption, credit);
    }
}

public sealed record MediaPickerPage(IReadOnlyList<MediaPickerItem> Items, int Page, bool HasMore);

public sealed record MediaEditViewModel(MediaRow File, MediaDescribeForm Form, TimeZoneInfo TimeZone);

/// <summary>What an image is described with, kept with it and offered wherever it is inserted.</summary>
public class MediaDescribeForm
{
    [Required(ErrorMessage = "Describe the image for readers who cannot see it.")]
    [StringLength(300)]
    [Display(Name = "Description (alt text)")]
    public string? Alt { get; set; }

    [StringLength(500)]
    [Display(Name = "Caption")]
    public string? Caption { get; set; }

    [StringLength(200)]
    [Display(Name = "Credit")]
    public string? Credit { get; set; }

    public MediaDescription ToDescription() => new(Alt, Caption, Credit);
}

public sealed class MediaUploadForm : MediaDescribeForm
{
    [Required(ErrorMessage = "Choose an image to upload.")]
    [Display(Name = "Image")]
    public IFormFile? File { get; set; }
}
