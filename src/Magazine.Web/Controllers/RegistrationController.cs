using Magazine.Web.Accounts;
using Magazine.Web.Hosting;
using Magazine.Web.Resources;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

public sealed class RegistrationController(ReaderRegistration registration, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The one answer to an accepted form, whether the address was free or taken.</summary>
    public const string AcceptedMessage = "Thank you. If this address could be registered, your reader account is ready: sign in with it and the password you chose, and confirm the address from the message we sent to it. If it already had an account, sign in with that account's password.";

    [HttpGet("/account/register")]
    public IActionResult Register(string? returnUrl) => View(new RegisterForm { ReturnUrl = returnUrl });

    [HttpPost("/account/register")]
    [EnableRateLimiting(SignInRateLimit.Policy)] // shares the sign-in allowance: a robot opening accounts is a guesser too
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        foreach (var (field, message) in await registration.RegisterAsync(form))
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        TempData.SetFlash(localizer[AcceptedMessage]);
        var returnUrl = SafeReturnUrl.LocalOr(form.ReturnUrl, ViewModels.StoryUrls.Home());
        return LocalRedirect($"{Edition.Current.Url("/account/signin")}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
