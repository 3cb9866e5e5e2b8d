using Magazine.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

public sealed class ArticlesController(ArticlePageQuery articles) : Controller
{
    [HttpGet("/{year:int:range(1900,2999)}/{month:int:range(1,12)}/{slug}")]
    public async Task<IActionResult> Show(int year, int month, string slug, CancellationToken cancellationToken)
    {
        var model = await articles.FindAsync(slug, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        // The date in the address is part of the canonical form; a wrong one is forgiven with a redirect.
        if (model.Story.PublishedAt.Year != year || model.Story.PublishedAt.Month != month)
        {
            return RedirectPermanent(model.Story.Url);
        }
        return View(model);
    }
}
