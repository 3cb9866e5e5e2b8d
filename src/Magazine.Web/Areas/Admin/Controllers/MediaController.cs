using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>Uploaded images: upload one, or find one again to reuse in a story.</summary>
[Route("admin/media")]
public sealed class MediaController(MediaQueries queries, MediaStore store) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await queries.ListAsync(page, new MediaUploadForm(), cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("")]
    [AcceptsImageUpload]
    public async Task<IActionResult> Upload([Bind(Prefix = "Form")] MediaUploadForm form, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status200OK;
        if (ModelState.IsValid)
        {
            var stored = await store.SaveAsync(form.File!, form.Alt, User.Identity?.Name, cancellationToken);
            if (stored.Succeeded)
            {
                TempData.SetFlash(L["Uploaded. Its address is {0}", stored.Url!]);
                return RedirectToAction(nameof(Index));
            }
            ModelState.AddModelError("Form.File", L.Message(stored.Error!, stored.Arguments));
            status = stored.StatusCode;
        }
        return ViewWithStatus("Index", (await queries.ListAsync(1, form, cancellationToken))!, status);
    }
}
