using Magazine.Web.Queries;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class HomeController(StoryListQueries stories) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await stories.HomeAsync(cancellationToken));

    [HttpGet("/latest")]
    public async Task<IActionResult> Latest(int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var model = await stories.LatestAsync(page, cancellationToken);
        return model is null ? NotFound() : View("~/Views/Listings/Index.cshtml", model);
    }
}
