using Magazine.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Magazine.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class SearchController(SearchQueries search) : Controller
{
    /// <summary>Any text is a valid query: what is not a word is ignored, and nothing to look for answers a page that says so.</summary>
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var model = await search.SearchAsync(q, page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
