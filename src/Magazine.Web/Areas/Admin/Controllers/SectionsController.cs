using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

[Route("admin/sections")]
[Authorize(Policy = Policies.Editors)]
public sealed class SectionsController(SectionManager sections) : AdminController
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sections.ListAsync(new SectionForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] SectionForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await sections.CreateAsync(form, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Section “{0}” created.", form.Name]);
            return RedirectToAction(nameof(Index));
        }
        AddError(result, FormPrefix);
        return ViewWithStatus("Index", await sections.ListAsync(form, cancellationToken), result?.StatusCode ?? StatusCodes.Status200OK);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await sections.EditAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] SectionForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await sections.UpdateAsync(id, form, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Section “{0}” saved.", form.Name]);
            return RedirectToAction(nameof(Index));
        }
        AddError(result, FormPrefix);
        var model = await sections.EditAsync(id, cancellationToken);
        return model is null || result?.StatusCode == StatusCodes.Status404NotFound ? NotFound() : View(model with { Form = form });
    }

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, int step, CancellationToken cancellationToken) =>
        (await sections.MoveAsync(id, step, cancellationToken)).Succeeded ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await sections.DeleteAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            TempData.SetFlash(L["Section deleted."]);
            return RedirectToAction(nameof(Index));
        }
        AddError(result, FormPrefix);
        return result.StatusCode == StatusCodes.Status404NotFound ? NotFound()
            : ViewWithStatus("Index", await sections.ListAsync(new SectionForm(), cancellationToken), result.StatusCode);
    }
}
