using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>Uploaded images: upload, find, describe and credit one, see where it is used, delete one nothing uses.</summary>
[Route("admin/media")]
public sealed class MediaController(MediaQueries queries, MediaStore store, MediaLibrary library) : AdminController
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, string? q = null, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await queries.ListAsync(page, q, new MediaUploadForm(), cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The story editor's picker: a page of the library as JSON, found as on the media page.</summary>
    [HttpGet("pick")]
    public async Task<IActionResult> Pick(int page = 1, string? q = null, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await queries.PickAsync(page, q, cancellationToken) : null;
        return model is null ? NotFound() : Json(model);
    }

    /// <summary>
    /// An image pasted or dropped into the story editor's body: stored as any upload is, and
    /// answered as the picker's JSON item, so the editor asks for its description and inserts it.
    /// </summary>
    [HttpPost("upload")]
    [AcceptsImageUpload]
    public async Task<IActionResult> UploadFromEditor(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return BadRequest(new { message = L["Choose an image to upload."].Value });
        }
        var stored = await store.SaveAsync(file, new MediaDescription(null), User.Identity?.Name, cancellationToken);
        return stored.Succeeded
            ? Json(MediaPickerItem.Of(stored.File!.StoredName, stored.File.OriginalName, stored.File.Width, stored.File.Height, stored.File.Alt, stored.File.Caption, stored.File.Credit))
            : StatusCode(stored.StatusCode, new { message = L.Message(stored.Error!, stored.Arguments) });
    }

    [HttpPost("")]
    [AcceptsImageUpload]
    public async Task<IActionResult> Upload([Bind(Prefix = FormPrefix)] MediaUploadForm form, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status200OK;
        if (ModelState.IsValid)
        {
            var stored = await store.SaveAsync(form.File!, form.ToDescription(), User.Identity?.Name, cancellationToken);
            if (stored.Succeeded)
            {
                TempData.SetFlash(L["Uploaded. Its address is {0}", stored.Url!]);
                return RedirectToAction(nameof(Index));
            }
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.File)}", L.Message(stored.Error!, stored.Arguments));
            status = stored.StatusCode;
        }
        return ViewWithStatus("Index", (await queries.ListAsync(1, null, form, cancellationToken))!, status);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await queries.EditAsync(id, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Describe(int id, [Bind(Prefix = FormPrefix)] MediaDescribeForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await library.DescribeAsync(id, form.ToDescription(), cancellationToken);
            if (result.StatusCode == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }
            TempData.SetFlash(L["Saved."]);
            return RedirectToAction(nameof(Edit), new { id });
        }
        return await queries.EditAsync(id, form, cancellationToken) is { } model ? View("Edit", model) : NotFound();
    }

    /// <summary>Editors only: a writer should not take away a picture someone else may be about to use.</summary>
    [HttpPost("{id:int}/delete")]
    [Authorize(Policy = Policies.Editors)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await library.DeleteAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            TempData.SetFlash(L["Image deleted, with every file made from it."]);
            return RedirectToAction(nameof(Index));
        }
        AddError(result, FormPrefix);
        return await queries.EditAsync(id, null, cancellationToken) is { } model ? ViewWithStatus("Edit", model, result.StatusCode) : NotFound();
    }
}
