using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

[Route("admin/users")]
[Authorize(Policy = Policies.Admins)]
public sealed class UsersController(UserAdministration administration, Microsoft.Extensions.Options.IOptions<Mail.MailOptions> linkDays) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await administration.ListAsync(Actor.UserId, cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View(new NewUserForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(NewUserForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await administration.InviteAsync(form, User.Identity?.Name ?? "", Edition.Current, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.SetFlash(L["Invitation sent to {0}, as {1}. The link works for {2} days.", form.Email!, L[form.Role!].Value, linkDays.Value.LinkLifetimeDays]);
            return RedirectToAction(nameof(Index));
        }
        if (result?.Message is { } message)
        {
            ModelState.AddModelError("", L.Message(message, result.Arguments));
        }
        return View(form);
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> Role(string id, string role, CancellationToken cancellationToken) =>
        await AnswerAsync(await administration.SetRoleAsync(id, role, cancellationToken), L["Role changed to {0}.", L[role].Value], cancellationToken);

    [HttpPost("{id}/invite")]
    public async Task<IActionResult> Invite(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(await administration.ReinviteAsync(id, User.Identity?.Name ?? "", Edition.Current, cancellationToken), L["A new invitation is on its way; earlier links no longer work."], cancellationToken);

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(await administration.SetLockedAsync(id, true, Actor.UserId), L["Account locked: it can no longer sign in."], cancellationToken);

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(await administration.SetLockedAsync(id, false, Actor.UserId), L["Account unlocked."], cancellationToken);

    private async Task<IActionResult> AnswerAsync(AdminResult result, string done, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData.SetFlash(done);
            return RedirectToAction(nameof(Index));
        }
        if (result.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        AddError(result, "");
        return ViewWithStatus("Index", await administration.ListAsync(Actor.UserId, cancellationToken), result.StatusCode);
    }
}
