using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
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
    MediaStore media,
    HtmlToMarkdown htmlToMarkdown) : AdminController
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    [HttpGet("{list:alpha}")]
    public async Task<IActionResult> Index(StoryList list = StoryList.Drafts, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await lists.ListAsync(list, page, Actor, cancellationToken) : null;
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

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await editor.EditAsync(id, Actor, cancellationToken);
        return model is null ? NotFound() : model.CanView ? View(model) : Forbid();
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

    [HttpGet("{id:int}/revisions")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken)
    {
        var model = await editor.RevisionsAsync(id, Actor, cancellationToken);
        return model is null ? NotFound() : View(model);
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

    /// <summary>The live preview: the body rendered exactly as publishing will render it.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview([FromForm] string? markdown, [FromForm] BodyFormat format, CancellationToken cancellationToken) =>
        Content(ContentLimits.Problem(markdown, format) is { } problem
            ? $"<p class=\"form-errors\">{System.Net.WebUtility.HtmlEncode(L[problem])}</p>"
            : await workflow.PreviewAsync(markdown, format, cancellationToken), "text/html; charset=utf-8");

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
        var preview = form.Command == StoryCommand.Preview ? await workflow.PreviewAsync(form.BodyMarkdown, form.BodyFormat, cancellationToken) : null;
        var model = await editor.RedisplayAsync(id, form, Actor, preview, conflict, cancellationToken);
        return model is null ? NotFound() : View("Edit", model);
    }

    /// <summary>
    /// The editor again with the body rewritten as Markdown and previewed, unsaved: the stored
    /// HTML stays until the person has checked the preview and saves.
    /// </summary>
    private async Task<IActionResult> ConvertToMarkdownAsync(int? id, StoryForm form, CancellationToken cancellationToken)
    {
        var wasHtml = form.BodyFormat == BodyFormat.Html;
        if (wasHtml)
        {
            form.BodyMarkdown = htmlToMarkdown.Convert(form.BodyMarkdown);
            form.BodyFormat = BodyFormat.Markdown;
        }
        // The fields show the converted text, not what was posted.
        ModelState.Remove($"{FormPrefix}.{nameof(form.BodyMarkdown)}");
        ModelState.Remove($"{FormPrefix}.{nameof(form.BodyFormat)}");
        var preview = await workflow.PreviewAsync(form.BodyMarkdown, form.BodyFormat, cancellationToken);
        var model = await editor.RedisplayAsync(id, form, Actor, preview, null, cancellationToken);
        return model is null ? NotFound() : View("Edit", model with
        {
            Notice = wasHtml ? L["Converted to Markdown but not saved. Check the preview, then save to keep it; the HTML stays in the revisions."] : L["The body is already Markdown."],
        });
    }

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
