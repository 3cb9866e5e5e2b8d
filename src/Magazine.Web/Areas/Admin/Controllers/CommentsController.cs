using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Comments;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>The moderation queue: approve, reject, mark as spam, edit and delete, one at a time or many at once.</summary>
[Route("admin/comments")]
[Authorize(Policy = Policies.Editors)]
public sealed class CommentsController(CommentQueueQueries queue, CommentModerator moderator) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CommentStatus status = CommentStatus.Pending, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await queue.ListAsync(status, page, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("moderate")]
    public async Task<IActionResult> Moderate(ModerationForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || form.Action is not { } action)
        {
            return BadRequest();
        }
        if (form.Ids.Count == 0)
        {
            TempData.SetFlash(L["Tick at least one comment first."]);
        }
        else
        {
            await moderator.ApplyAsync(form.Ids, action, cancellationToken);
            TempData.SetFlash(L.Plural(form.Ids.Count, Done(action)));
        }
        return Redirect(NewsroomUrls.Comments(form.Status.ToString().ToLowerInvariant(), Math.Max(1, form.Page)));
    }

    /// <summary>The buttons on one comment: they act on it alone, whatever else is ticked.</summary>
    [HttpPost("{id:int}/moderate")]
    public Task<IActionResult> ModerateOne(int id, ModerationForm form, CancellationToken cancellationToken)
    {
        form.Ids = [id];
        return Moderate(form, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var comment = await queue.FindAsync(id, cancellationToken);
        return comment is null ? NotFound() : View(new CommentEditViewModel(comment, new CommentEditForm { Body = await queue.MarkdownAsync(id, cancellationToken) }));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] CommentEditForm form, CancellationToken cancellationToken)
    {
        var comment = await queue.FindAsync(id, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return ViewWithStatus("Edit", new CommentEditViewModel(comment, form), StatusCodes.Status400BadRequest);
        }
        await moderator.EditAsync(id, form.Body!, cancellationToken);
        TempData.SetFlash(L["Comment saved."]);
        return Redirect(NewsroomUrls.Comments(comment.Status.ToString().ToLowerInvariant()));
    }

    /// <summary>The confirmation of a moderation step, as a counted phrase (the count is how many comments it touched).</summary>
    private static string Done(ModerationAction action) => action switch
    {
        ModerationAction.Approve => "{0} comments: approved and shown to readers.",
        ModerationAction.Reject => "{0} comments: rejected.",
        ModerationAction.Spam => "{0} comments: marked as spam.",
        _ => "{0} comments: deleted.",
    };
}
