using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Previews;
using Magazine.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>
/// The story lists, the editor and the workflow buttons. Who may do what to which story is
/// decided by <see cref="StoryWorkflow"/>; this controller only carries requests to it.
/// </summary>
[Route("admin/stories")]
public sealed class StoriesController(
    StoryEditorQueries editor,
    NewsroomStoryQueries lists,
    StoryWorkflow workflow,
    StoryPreviews previews,
    StoryPreviewLinks previewLinks,
    MediaStore media,
    HtmlToMarkdown htmlToMarkdown,
    Translations.StoryTranslator translator) : AdminController
{
    private const string FormPrefix = "Form";

    /// <summary>Opens on All for editors and on Mine for writers (their own stories are all they see).</summary>
    [HttpGet("")]
    [HttpGet("{list:alpha}")]
    public async Task<IActionResult> Index(StoryList? list, [FromQuery] StoryListFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var shown = list ?? (Actor.IsEditor ? StoryList.All : StoryList.Mine);
        var model = ModelState.IsValid ? await lists.ListAsync(shown, filter, page, Actor, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await editor.NewAsync(Actor, cancellationToken));

    [HttpPost("new")]
    [AcceptsImageUpload]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] StoryForm form, CancellationToken cancellationToken)
    {
        await StoreHeroImageAsync(form, cancellationToken);
        if (form.Command == StoryCommand.ConvertToMarkdown)
        {
            return await ConvertToMarkdownAsync(null, form, cancellationToken);
        }
        if (!ModelState.IsValid || form.Command == StoryCommand.Preview)
        {
            return await RedisplayAsync(null, form, cancellationToken);
        }
        return await OutcomeAsync(null, form, await workflow.CreateAsync(form, Actor, cancellationToken), cancellationToken);
    }

    /// <param name="from">"autosave": the form filled with what the autosave kept of this person's unsaved typing.</param>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, string? from, CancellationToken cancellationToken)
    {
        var model = await editor.EditAsync(id, Actor, cancellationToken, fromAutosave: from == "autosave");
        return model is null ? NotFound()
            : model.CanView ? View(model with { Preview = await previews.OfFormAsync(id, model.Form, Actor, cancellationToken) })
            : Forbid();
    }

    /// <summary>
    /// The editor's autosave: what the person has typed, kept beside the story (not a revision,
    /// not the story itself), refused with 409 once someone has saved a newer version.
    /// </summary>
    [HttpPost("{id:int}/autosave")]
    public async Task<IActionResult> Autosave(int id, [Bind(Prefix = FormPrefix)] StoryForm form, CancellationToken cancellationToken)
    {
        if (AutosaveProblem() is { } problem)
        {
            return problem;
        }
        var result = await workflow.AutosaveAsync(id, form, Actor, cancellationToken);
        return result.Outcome == WorkflowOutcome.Done ? Json(new { saved = true, version = form.Version }) : AutosaveRefusal(result);
    }

    /// <summary>A new story's first autosave makes it a draft (its first revision), so later ones have a story to sit beside.</summary>
    [HttpPost("new/autosave")]
    public async Task<IActionResult> AutosaveNew([Bind(Prefix = FormPrefix)] StoryForm form, CancellationToken cancellationToken)
    {
        form.Command = StoryCommand.Save;
        form.HeroImage = null;
        if (!ModelState.IsValid)
        {
            return StatusCode(StatusCodes.Status422UnprocessableEntity, new { message = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)) });
        }
        var result = await workflow.CreateAsync(form, Actor, cancellationToken);
        return result.Outcome == WorkflowOutcome.Done
            ? Json(new { saved = true, id = result.ArticleId, version = 1, url = NewsroomUrls.Story(result.ArticleId) })
            : AutosaveRefusal(result);
    }

    [HttpPost("{id:int}")]
    [AcceptsImageUpload]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] StoryForm form, CancellationToken cancellationToken)
    {
        await StoreHeroImageAsync(form, cancellationToken);
        if (form.Command == StoryCommand.ConvertToMarkdown)
        {
            return await ConvertToMarkdownAsync(id, form, cancellationToken);
        }
        if (!ModelState.IsValid || form.Command == StoryCommand.Preview)
        {
            return await RedisplayAsync(id, form, cancellationToken);
        }
        return await OutcomeAsync(id, form, await workflow.SaveAsync(id, form, Actor, cancellationToken), cancellationToken);
    }

    [HttpPost("{id:int}/unpublish")]
    public async Task<IActionResult> Unpublish(int id, int version, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await workflow.UnpublishAsync(id, version, Actor, cancellationToken), L["Unpublished: readers no longer see this story."], cancellationToken);

    [HttpPost("{id:int}/send-back")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Security.Policies.Editors)]
    public async Task<IActionResult> SendBack(int id, int version, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await workflow.SendBackAsync(id, version, Actor, cancellationToken), L["Sent back to the writer as a draft; they have been told."], cancellationToken);

    [HttpPost("{id:int}/trash")]
    public async Task<IActionResult> Trash(int id, int version, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await workflow.TrashAsync(id, version, Actor, cancellationToken), L["Moved to the trash. Restore it from here if that was a mistake."], cancellationToken);

    [HttpPost("{id:int}/restore")]
    public async Task<IActionResult> Restore(int id, int version, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await workflow.RestoreAsync(id, version, Actor, cancellationToken), L["Restored from the trash."], cancellationToken);

    /// <summary>A linked draft in the other language (or the translation the story already has), opened in the editor.</summary>
    [HttpPost("{id:int}/translate")]
    public async Task<IActionResult> Translate(int id, CancellationToken cancellationToken)
    {
        var result = await translator.TranslateAsync(id, Actor, cancellationToken);
        return result.Outcome switch
        {
            Translations.TranslationOutcome.NotFound => NotFound(),
            Translations.TranslationOutcome.Conflict => StatusCode(StatusCodes.Status409Conflict),
            _ => Redirect(NewsroomUrls.Story(result.StoryId)),
        };
    }

    [HttpGet("{id:int}/revisions")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken)
    {
        var model = await editor.RevisionsAsync(id, Actor, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/revisions/compare")]
    public async Task<IActionResult> Compare(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var model = ModelState.IsValid ? await editor.CompareAsync(id, from, to, Actor, cancellationToken) : null;
        return model is null ? NotFound() : View("RevisionCompare", model);
    }

    [HttpGet("{id:int}/revisions/{revisionId:int}")]
    public async Task<IActionResult> Revision(int id, int revisionId, CancellationToken cancellationToken)
    {
        var model = await editor.RevisionAsync(id, revisionId, Actor, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/revisions/{revisionId:int}/restore")]
    public async Task<IActionResult> RestoreRevision(int id, int revisionId, int version, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await workflow.RestoreRevisionAsync(id, revisionId, version, Actor, cancellationToken), L["The earlier text is back, saved as a new revision."], cancellationToken);

    /// <summary>The live preview: the whole story from the editor's form, laid out and rendered as its reader page will be.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview(int? id, [Bind(Prefix = FormPrefix)] StoryForm form, CancellationToken cancellationToken) =>
        ContentLimits.Problem(form.BodyMarkdown, form.BodyFormat) is { } problem
            ? Content($"<p class=\"form-errors\">{System.Net.WebUtility.HtmlEncode(L[problem])}</p>", "text/html; charset=utf-8")
            : PartialView("_StoryPreview", await previews.OfFormAsync(id, form, Actor, cancellationToken));

    /// <summary>A private link for a colleague who is not signed in; a new one ends the old.</summary>
    [HttpPost("{id:int}/preview-link")]
    public async Task<IActionResult> CreatePreviewLink(int id, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await previewLinks.CreateAsync(id, Actor, cancellationToken),
            L["Preview link made. Anyone with it can read this story until it expires or you revoke it."], cancellationToken);

    [HttpPost("{id:int}/preview-link/revoke")]
    public async Task<IActionResult> RevokePreviewLink(int id, CancellationToken cancellationToken) =>
        await TransitionAsync(id, await previewLinks.RevokeAsync(id, Actor, cancellationToken),
            L["Preview link revoked: it no longer opens the story."], cancellationToken);

    /// <summary>The address proposed for a headline, so the editor's script and the server agree (Arabic included).</summary>
    [HttpGet("slug")]
    public IActionResult Slug(string? title) => Content(Slugs.From(title), "text/plain; charset=utf-8");

    private async Task StoreHeroImageAsync(StoryForm form, CancellationToken cancellationToken)
    {
        if (form.HeroImage is not { Length: > 0 } upload)
        {
            return;
        }
        var stored = await media.SaveAsync(upload, new MediaDescription(form.HeroImageAlt), User.Identity?.Name, cancellationToken);
        if (!stored.Succeeded)
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.HeroImage)}", L.Message(stored.Error!, stored.Arguments));
            Response.StatusCode = stored.StatusCode;
            return;
        }
        // Kept even if the rest of the form is refused, so the person need not upload it again.
        form.HeroImageUrl = stored.Url;
        ModelState.Remove($"{FormPrefix}.{nameof(form.HeroImageUrl)}");
    }

    private async Task<IActionResult> RedisplayAsync(int? id, StoryForm form, CancellationToken cancellationToken, StoryCopy? conflict = null)
    {
        var model = await editor.RedisplayAsync(id, form, Actor, conflict, cancellationToken);
        return model is null ? NotFound()
            : View("Edit", form.Command == StoryCommand.Preview ? model with { Preview = await previews.OfFormAsync(id, form, Actor, cancellationToken) } : model);
    }

    /// <summary>
    /// The editor again with the body rewritten as Markdown and previewed, unsaved: the stored
    /// HTML stays until the person has checked the preview and saves.
    /// </summary>
    private async Task<IActionResult> ConvertToMarkdownAsync(int? id, StoryForm form, CancellationToken cancellationToken)
    {
        var wasHtml = ConvertBodyToMarkdown(htmlToMarkdown, form, FormPrefix);
        var model = await editor.RedisplayAsync(id, form, Actor, null, cancellationToken);
        return model is null ? NotFound() : View("Edit", model with
        {
            Preview = await previews.OfFormAsync(id, form, Actor, cancellationToken),
            Notice = wasHtml ? L["Converted to Markdown but not saved. Check the preview, then save to keep it; the HTML stays in the revisions."] : L["The body is already Markdown."],
        });
    }

    /// <summary>Only the text the autosave keeps is checked: the rest of the form is checked when the person saves.</summary>
    private IActionResult? AutosaveProblem()
    {
        var problems = ModelState.Where(e => e.Key is $"{FormPrefix}.{nameof(StoryForm.Dek)}" or $"{FormPrefix}.{nameof(StoryForm.BodyMarkdown)}" or $"{FormPrefix}.{nameof(StoryForm.Version)}"
                || (e.Key == $"{FormPrefix}.{nameof(StoryForm.Title)}" && e.Value?.AttemptedValue is { Length: > 0 }))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        return problems.Count == 0 ? null : StatusCode(StatusCodes.Status422UnprocessableEntity, new { message = string.Join(" ", problems) });
    }

    private ObjectResult AutosaveRefusal(WorkflowResult result) => StatusCode(
        result.Outcome switch
        {
            WorkflowOutcome.NotFound => StatusCodes.Status404NotFound,
            WorkflowOutcome.Forbidden => StatusCodes.Status403Forbidden,
            WorkflowOutcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        },
        new { message = result.Message is null ? null : L.Message(result.Message, result.Arguments).ToString() });

    private async Task<IActionResult> OutcomeAsync(int? id, StoryForm form, WorkflowResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                TempData.SetFlash(form.Command switch
                {
                    StoryCommand.Submit => L["Submitted for review: an editor will take it from here."],
                    StoryCommand.Publish => L["Published: readers can see it now."],
                    StoryCommand.Schedule => L["Scheduled: it will appear by itself at the time shown."],
                    _ => L["Saved."],
                });
                return RedirectToAction(nameof(Edit), new { id = result.ArticleId });
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Conflict:
                // The person's text stays; their next save knowingly replaces the other version.
                ModelState.Remove($"{FormPrefix}.{nameof(form.Version)}");
                form.Version = result.Current!.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case WorkflowOutcome.Forbidden:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
        }
        ModelState.AddModelError(result.Field is null or "" ? "" : $"{FormPrefix}.{result.Field}", L.Message(result.Message ?? "", result.Arguments));
        return await RedisplayAsync(id, form, cancellationToken, result.Current);
    }

    private async Task<IActionResult> TransitionAsync(int id, WorkflowResult result, string done, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                TempData.SetFlash(done);
                return RedirectToAction(nameof(Edit), new { id });
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
        }
        // A stale page, or a state that no longer allows it: say so over the story as it is now.
        ModelState.AddModelError("", result.Outcome == WorkflowOutcome.Conflict
            ? L["Nothing was changed: someone else changed this story since you opened it. Here it is as it is now."]
            : L.Message(result.Message ?? "Nothing was changed.", result.Arguments));
        var model = await editor.EditAsync(id, Actor, cancellationToken);
        return model is null ? NotFound() : ViewWithStatus("Edit", model, StatusCodes.Status409Conflict);
    }
}
