using Magazine.Web.Areas.Admin.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

public sealed class DashboardController(NewsroomStoryQueries stories) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await stories.DashboardAsync(Actor, cancellationToken));
}
