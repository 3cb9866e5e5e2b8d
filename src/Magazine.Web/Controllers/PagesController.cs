using Magazine.Web.Queries;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class PagesController(PageQueries pages) : Controller
{
    [HttpGet("/about")]
    public Task<IActionResult> About(CancellationToken cancellationToken) => Show("about", cancellationToken);

    [HttpGet("/contact")]
    public Task<IActionResult> Contact(CancellationToken cancellationToken) => Show(PageQueries.ContactSlug, cancellationToken);

    [HttpGet("/p/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var model = await pages.FindAsync(slug, cancellationToken);
        return model is null ? NotFound() : View("Show", model);
    }
}
