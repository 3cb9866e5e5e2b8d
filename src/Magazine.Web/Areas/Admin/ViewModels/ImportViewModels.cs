using System.ComponentModel.DataAnnotations;
using Magazine.Web.SiteTransfer.Import;

namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed class ImportForm
{
    /// <summary>Exports of long-lived blogs run to hundreds of megabytes; the file streams to disk, never into memory.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    [Required(ErrorMessage = "Choose the export file to import.")]
    [Display(Name = "Export file")]
    public IFormFile? File { get; set; }

    [Required(ErrorMessage = "Say which system the file comes from.")]
    [Display(Name = "It comes from")]
    public ExportFormat? Format { get; set; }

    [StringLength(2000)]
    [Display(Name = "Labels or categories that become sections")]
    public string? Sections { get; set; }

    [Display(Name = "Dry run: report what would happen, save nothing")]
    public bool DryRun { get; set; }
}

public sealed record ImportPageViewModel(ImportForm Form, IReadOnlyList<ImportJobStatus> Recent);
