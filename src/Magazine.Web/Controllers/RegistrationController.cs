using Magazine.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

public sealed class RegistrationController(ReaderRegistration registration) : Controller
{
    [HttpGet("/account/register")]
    public IActionResult Register(string? returnUrl) => View(new RegisterForm { ReturnUrl = returnUrl });

    [HttpPost("/account/register")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.SignInRateLimit.Policy)] // shares the sign-in allowance: a robot opening accounts is a guesser too
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
        return LocalRedirect(SafeReturnUrl.LocalOr(form.ReturnUrl, ViewModels.StoryUrls.Home()));
    }
}
