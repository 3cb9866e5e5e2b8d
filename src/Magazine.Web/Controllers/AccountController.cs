using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Resources;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

/// <summary>Sign-in, sign-out and password for every account: newsroom and readers alike.</summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(SignInManager<MagazineUser> signIn, UserManager<MagazineUser> users, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("signin")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("signin")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.IsLockedOut
                ? localizer["Too many failed attempts: this account is locked for a while. Try again in 15 minutes."]
                : localizer["That e-mail and password do not match an account."]);
            return View(form);
        }
        return LocalRedirect(Accounts.SafeReturnUrl.LocalOr(form.ReturnUrl, await HomeOfAsync(form.Email.Trim())));
    }

    [HttpPost("signout")]
    public async Task<IActionResult> SignOutNow()
    {
        // A new security stamp ends this sign-in everywhere: a copy of the cookie taken
        // before now is refused at its next request (the stamp is checked on every request).
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect(StoryUrls.Home());
    }

    [Authorize]
    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordForm());

    [Authorize]
    [HttpPost("password")]
    public async Task<IActionResult> Password(ChangePasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (ModelState.IsValid && user is not null)
        {
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }
        }
        if (!ModelState.IsValid || user is null)
        {
            return View(form);
        }
        await signIn.RefreshSignInAsync(user);
        TempData.SetFlash(localizer["Your password has been changed."]);
        return RedirectToAction(nameof(Password));
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<string> HomeOfAsync(string email)
    {
        var user = await users.FindByNameAsync(email);
        var roles = user is null ? [] : await users.GetRolesAsync(user);
        return roles.Any(Roles.Newsroom.Contains) ? Edition.Current.Url("/admin") : StoryUrls.Home();
    }
}
