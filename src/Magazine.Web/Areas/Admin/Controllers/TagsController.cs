using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

[Route("admin/tags")]
[Authorize(Policy = Policies.Editors)]
public sealed class TagsController(TagManager tags) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await tags.ListAsync(page, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await tags.EditAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] TagForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await tags.RenameAsync(id, form, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Tag renamed to “{0}”.", form.Name!]);
            return RedirectToAction(nameof(Edit), new { id });
        }
        AddError(result, "Form");
        var model = await tags.EditAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model with { Form = form });
    }

    [HttpPost("{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, [Bind(Prefix = "Merge")] TagMergeForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await tags.MergeAsync(id, form, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Tags merged: every story now carries this tag, and the old tag's address leads here."]);
            return RedirectToAction(nameof(Edit), new { id = result.Id });
        }
        AddError(result, "Merge");
        var model = await tags.EditAsync(id, cancellationToken);
        return model is null ? NotFound() : View("Edit", model with { Merge = form });
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!(await tags.DeleteAsync(id, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        TempData.SetFlash(L["Tag deleted; the stories that carried it keep their other tags."]);
        return RedirectToAction(nameof(Index));
    }
}
