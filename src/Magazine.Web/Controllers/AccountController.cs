using Magazine.Core.Entities;
using Magazine.Web.Accounts;
using Magazine.Web.Comments;
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

    /// <summary>Every refusal reads the same, so the form never tells whether an address has an account.</summary>
    public const string SignInRefusedMessage = "That e-mail and password do not match, or there were too many attempts. Check them and try again; after several failures, wait a few minutes.";

    [HttpPost("signin")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] PasswordSignIn passwords, [FromServices] ClientFingerprint fingerprint)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var outcome = await passwords.SignInAsync(form.Email, form.Password, form.RememberMe, fingerprint.Of(HttpContext));
        if (outcome.Home is { } home)
        {
            return LocalRedirect(SafeReturnUrl.LocalOr(form.ReturnUrl, home));
        }
        ModelState.AddModelError("", localizer[SignInRefusedMessage]);
        if (outcome.Wait is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return View(form);
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
}
