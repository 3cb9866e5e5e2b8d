using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>Standalone pages: About, Contact, a privacy policy...</summary>
[Route("admin/pages")]
[Authorize(Policy = Policies.Editors)]
public sealed class PagesController(PageManager pages, HtmlToMarkdown htmlToMarkdown) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new PageEditViewModel(null, new PageForm(), null));

    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = "Form")] PageForm form, string? command, CancellationToken cancellationToken) =>
        SaveAsync(null, form, command, cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await pages.EditAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] PageForm form, string? command, CancellationToken cancellationToken) =>
        SaveAsync(id, form, command, cancellationToken);

    [HttpGet("{id:int}/revisions")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken) =>
        await pages.RevisionsAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/revisions/compare")]
    public async Task<IActionResult> Compare(int id, int? from, int? to, CancellationToken cancellationToken) =>
        ModelState.IsValid && await pages.CompareAsync(id, from, to, cancellationToken) is { } model ? View("RevisionCompare", model) : NotFound();

    [HttpPost("{id:int}/revisions/{revisionId:int}/restore")]
    public async Task<IActionResult> RestoreRevision(int id, int revisionId, int version, CancellationToken cancellationToken)
    {
        var result = await pages.RestoreRevisionAsync(id, revisionId, version, Actor, cancellationToken);
        if (result.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            AddError(result, "Form");
            var current = await pages.EditAsync(id, cancellationToken);
            return current is null ? NotFound() : ViewWithStatus("Edit", current, result.StatusCode);
        }
        TempData.SetFlash(L["The earlier text is back, saved as a new revision."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!(await pages.DeleteAsync(id, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        TempData.SetFlash(L["Page deleted."]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(int? id, PageForm form, string? command, CancellationToken cancellationToken)
    {
        if (command == "convert")
        {
            return await ConvertToMarkdownAsync(id, form, cancellationToken);
        }
        var result = ModelState.IsValid && command != "preview" ? await pages.SaveAsync(id, form, Actor, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Page “{0}” saved.", form.Title!]);
            return RedirectToAction(nameof(Edit), new { id = result.Id });
        }
        if (result?.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        if (result?.CurrentVersion is { } current)
        {
            // The person's text stays; their next save knowingly replaces the other version.
            ModelState.Remove("Form." + nameof(form.Version));
            form.Version = current;
        }
        AddError(result, "Form");
        var model = new PageEditViewModel(id, form, await pages.PreviewAsync(form.BodyMarkdown, form.BodyFormat, cancellationToken));
        return result?.StatusCode == StatusCodes.Status409Conflict ? ViewWithStatus("Edit", model, StatusCodes.Status409Conflict) : View("Edit", model);
    }

    /// <summary>The page's HTML body rewritten as Markdown and previewed, unsaved, for the editor to check before saving.</summary>
    private async Task<IActionResult> ConvertToMarkdownAsync(int? id, PageForm form, CancellationToken cancellationToken)
    {
        var wasHtml = ConvertBodyToMarkdown(htmlToMarkdown, form, "Form");
        var preview = await pages.PreviewAsync(form.BodyMarkdown, form.BodyFormat, cancellationToken);
        return View("Edit", new PageEditViewModel(id, form, preview,
            wasHtml ? L["Converted to Markdown but not saved. Check the preview, then save to keep it."] : L["The body is already Markdown."]));
    }
}
