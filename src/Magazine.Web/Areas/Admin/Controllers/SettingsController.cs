using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>The site's identity and policies. Administrators only: the ad slots take raw markup.</summary>
[Route("admin/settings")]
[Authorize(Policy = Policies.Admins)]
public sealed class SettingsController(SettingsManager settings) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await settings.LoadAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index(SettingsForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        await settings.SaveAsync(form, cancellationToken);
        TempData.SetFlash(L["Settings saved; the site shows them now."]);
        return RedirectToAction(nameof(Index));
    }
}
