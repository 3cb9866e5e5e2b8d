using Magazine.Web.Queries;
using Magazine.Web.ViewModels;
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
    public async Task<IActionResult> Latest(int page = 1, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || !PageRequest.TryRead(page, before, after, out var request))
        {
            return BadRequest();
        }
        var model = await stories.LatestAsync(request, cancellationToken);
        return model is null ? NotFound() : View("~/Views/Listings/Index.cshtml", model);
    }
}
