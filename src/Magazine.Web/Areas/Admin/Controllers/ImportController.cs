using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Infrastructure;
using Magazine.Web.SiteTransfer.Import;
using Magazine.Web.SiteTransfer.WordPress;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>Moving a site in (upload a Blogger or WordPress export, watch it, read its report) and out (the whole site as WXR). Administrators only.</summary>
[Route("admin/import")]
[Authorize(Policy = Policies.Admins)]
public sealed class ImportController(ImportJobs jobs, WordPressExporter exporter, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ImportPageViewModel(new ImportForm(), await jobs.RecentAsync(cancellationToken)));

    [HttpPost("")]
    [UploadLimit(ImportForm.MaxUploadBytes)]
    public async Task<IActionResult> Start([Bind(Prefix = "Form")] ImportForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Index", new ImportPageViewModel(form, await jobs.RecentAsync(cancellationToken)));
        }
        await using var upload = form.File!.OpenReadStream();
        var options = new ImportOptions(form.DryRun, ImportOptions.ParseSections(form.Sections));
        var id = await jobs.StartAsync(form.Format!.Value, form.File.FileName, upload, options, User.Identity?.Name, cancellationToken);
        if (id is null)
        {
            ModelState.AddModelError("", "Another import is still running. Wait for its report, then try again.");
            return ViewWithStatus("Index", new ImportPageViewModel(form, await jobs.RecentAsync(cancellationToken)), StatusCodes.Status409Conflict);
        }
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await jobs.FindAsync(id, cancellationToken) is { } job ? View(job) : NotFound();

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromServices] PublicOrigin origin, CancellationToken cancellationToken)
    {
        // Written to a temporary file first (the writer is synchronous between flushes), then sent and deleted.
        var path = Path.GetTempFileName();
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            await exporter.ExportAsync(file, origin.Of(Request), cancellationToken);
        }
        var download = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        return File(download, "application/xml", $"magazine-{clock.GetUtcNow():yyyy-MM-dd}.wordpress.xml");
    }
}
