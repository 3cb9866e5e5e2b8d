using Magazine.Core.Entities;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

/// <summary>
/// The first administrator, made in the browser by whoever can read the start-up log. The
/// link answers 404 once any administrator exists or when the token is wrong.
/// </summary>
[Route("setup/{token}")]
[AutoValidateAntiforgeryToken]
public sealed class SetupController(FirstAdminSetup setup, UserAccounts accounts, SignInManager<MagazineUser> signIn) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string token, CancellationToken cancellationToken) =>
        await IsOpenAsync(token, cancellationToken) ? View(new SetupForm()) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string token, SetupForm form, CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(token, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await accounts.CreateAsync(new NewAccount(form.Email, form.Password, Roles.Admin, form.DisplayName), [Roles.Admin], cancellationToken);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError("", e));
            return View(form);
        }
        setup.Retire();
        await signIn.SignInAsync(result.User!, isPersistent: false);
        return LocalRedirect("/admin");
    }

    private async Task<bool> IsOpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!setup.Matches(token))
        {
            return false;
        }
        if (await accounts.AnyAdministratorAsync(cancellationToken))
        {
            setup.Retire();
            return false;
        }
        return true;
    }
}
