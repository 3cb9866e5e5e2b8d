using Magazine.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

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
