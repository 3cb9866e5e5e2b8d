using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Publishing;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>A published story's corrections and updates, live coverage and views by day: editors' work after publication.</summary>
[Route("admin/stories/{id:int}/follow-up")]
[Authorize(Policy = Policies.Editors)]
public sealed class FollowUpController(FollowUpQueries queries, StoryFollowUp followUp) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        var model = await queries.FindAsync(id, null, null, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("notes")]
    public async Task<IActionResult> AddNote(int id, [Bind(Prefix = "Note")] NoteForm form, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, ModelState.IsValid ? await followUp.AddNoteAsync(id, form, Actor, cancellationToken) : null,
            L["The note is on the story."], "Note", form, null, cancellationToken);

    [HttpPost("notes/{noteId:int}/remove")]
    public async Task<IActionResult> RemoveNote(int id, int noteId, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await followUp.RemoveNoteAsync(id, noteId, Actor, cancellationToken),
            L["The note is removed; the newsroom keeps a record of it."], "", null, null, cancellationToken);

    [HttpPost("live")]
    public async Task<IActionResult> SetLive(int id, bool live, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await followUp.SetLiveAsync(id, live, cancellationToken),
            live ? L["The story is live."] : L["Live coverage ended."], "", null, null, cancellationToken);

    [HttpPost("updates")]
    public async Task<IActionResult> AddUpdate(int id, [Bind(Prefix = "Update")] LiveUpdateForm form, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, ModelState.IsValid ? await followUp.AddLiveUpdateAsync(id, form, Actor, cancellationToken) : null,
            L["Update posted."], "Update", null, form, cancellationToken);

    /// <summary>Done: back to the page (post/redirect/get). Refused or invalid: the page again, with the typed text and the reason.</summary>
    private async Task<IActionResult> OutcomeAsync(
        int id, AdminResult? result, string done, string prefix, NoteForm? note, LiveUpdateForm? update, CancellationToken cancellationToken)
    {
        if (result is { StatusCode: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(done);
            return Redirect(NewsroomUrls.To($"/stories/{id}/follow-up"));
        }
        AddError(result, prefix);
        var model = await queries.FindAsync(id, note, update, cancellationToken);
        return model is null ? NotFound() : ViewWithStatus("Index", model, result?.StatusCode ?? StatusCodes.Status200OK);
    }
}
