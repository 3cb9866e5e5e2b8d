using Magazine.Core.Entities;
using Magazine.Web.Accounts;
using Magazine.Web.Comments;
using Magazine.Web.Hosting;
using Magazine.Web.Infrastructure;
using Magazine.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

/// <summary>What accounts do by e-mail: forgotten passwords, invitations and address confirmations.</summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountEmailController(AccountMail mail, UserManager<MagazineUser> users, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The one answer to a reset request, whether or not the address has an account.</summary>
    public const string ResetSentMessage = "If an account uses this address, a message with a link to choose a new password is on its way. The link works for two hours.";

    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost("forgot")]
    [EnableRateLimiting(Security.SignInRateLimit.Policy)]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, [FromServices] ClientFingerprint fingerprint, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        if (!await mail.SendResetAsync(form.Email!, Edition.Current, fingerprint.Of(HttpContext), cancellationToken))
        {
            return this.ErrorPage(429, "Too many requests from here or for this address. Please try again later.");
        }
        TempData.SetFlash(localizer[ResetSentMessage]);
        return LocalRedirect(Edition.Current.Url("/account/forgot"));
    }

    [HttpGet("reset")]
    public IActionResult Reset(string? user, string? token) =>
        View(new SetPasswordForm { User = user, Token = token });

    [HttpPost("reset")]
    public async Task<IActionResult> Reset(SetPasswordForm form)
    {
        var user = ModelState.IsValid && form.User is { } id ? await users.FindByIdAsync(id) : null;
        if (ModelState.IsValid)
        {
            var reset = user is null ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" }) : await users.ResetPasswordAsync(user, form.Token ?? "", form.NewPassword);
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(form.NewPassword),
                    error.Code == "InvalidToken" ? localizer["This link is not valid or has expired. Ask for a new one."] : error.Description);
            }
        }
        if (!ModelState.IsValid || user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        // The message reached its owner: the address is confirmed too.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData.SetFlash(localizer["Your password has been changed. Sign in with it now."]);
        return LocalRedirect(Edition.Current.Url("/account/signin"));
    }

    [HttpGet("invitation")]
    public async Task<IActionResult> Invitation(string? t) =>
        await mail.FromLinkAsync(AccountMail.InvitationPurpose, t) is { PasswordHash: null }
            ? View(new SetPasswordForm { Token = t })
            : this.ErrorPage(400, "This invitation is not valid, has expired or was already used. Ask an administrator for a new one.");

    [HttpPost("invitation")]
    public async Task<IActionResult> Invitation(SetPasswordForm form)
    {
        if (await mail.FromLinkAsync(AccountMail.InvitationPurpose, form.Token) is not { PasswordHash: null } user)
        {
            return this.ErrorPage(400, "This invitation is not valid, has expired or was already used. Ask an administrator for a new one.");
        }
        if (ModelState.IsValid)
        {
            foreach (var error in (await users.AddPasswordAsync(user, form.NewPassword)).Errors)
            {
                ModelState.AddModelError(nameof(form.NewPassword), error.Description);
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData.SetFlash(localizer["Welcome: your password is set. Sign in to reach the newsroom."]);
        return LocalRedirect(Edition.Current.Url("/account/signin") + "?ReturnUrl=" + Uri.EscapeDataString("/admin"));
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    [HttpGet("notices")]
    public async Task<IActionResult> Notices() =>
        await users.GetUserAsync(User) is { } user
            ? View(new NoticesForm
            {
                Enabled = !user.NewsroomNoticesOff,
                AddressConfirmed = user.EmailConfirmed,
                InNewsroom = Roles.Newsroom.Any(User.IsInRole),
            })
            : Challenge();

    /// <summary>The address confirmation again, for a reader who lost the first message; capped like resets.</summary>
    [Microsoft.AspNetCore.Authorization.Authorize]
    [HttpPost("confirm/resend")]
    public async Task<IActionResult> ResendConfirmation([FromServices] Mail.IMailRequestThrottle throttle, [FromServices] ClientFingerprint fingerprint, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!user.EmailConfirmed)
        {
            if (!throttle.TryTake("confirm", fingerprint.Of(HttpContext), user.NormalizedEmail ?? user.Id))
            {
                return this.ErrorPage(429, "Too many requests from here or for this address. Please try again later.");
            }
            await mail.SendAddressConfirmationAsync(user, Edition.Current, cancellationToken);
        }
        TempData.SetFlash(localizer["A new confirmation link is on its way to your address."]);
        return LocalRedirect(Edition.Current.Url("/account/notices"));
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    [HttpPost("notices")]
    public async Task<IActionResult> Notices(NoticesForm form)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        user.NewsroomNoticesOff = !form.Enabled;
        await users.UpdateAsync(user);
        TempData.SetFlash(form.Enabled ? localizer["Newsroom e-mails are on."] : localizer["Newsroom e-mails are off."]);
        return LocalRedirect(Edition.Current.Url("/account/notices"));
    }

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? t)
    {
        if (await mail.FromLinkAsync(AccountMail.ConfirmAddressPurpose, t) is not { } user)
        {
            return this.ErrorPage(400, "This confirmation link is not valid or has expired. Sign in and ask for a new one.");
        }
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        TempData.SetFlash(localizer["Thank you: your address is confirmed, and your comments carry your name."]);
        return LocalRedirect(Edition.Current.Url("/account/signin"));
    }
}
