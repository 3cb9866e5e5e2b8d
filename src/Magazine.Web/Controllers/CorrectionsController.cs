using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Magazine.Web.Queries;
using Magazine.Web.Resources;
using Magazine.Web.Syndication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

/// <summary>Every correction the edition has published, newest first, and the same as a feed.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class CorrectionsController(CorrectionQueries corrections, PublicOrigin origin, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/corrections")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || page < 1)
        {
            return BadRequest();
        }
        var model = await corrections.PageAsync(page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("/corrections/feed")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        File(AtomFeedWriter.Write(await corrections.FeedAsync(origin.Of(Request), localizer["Correction"], cancellationToken)), AtomFeedWriter.ContentType);
}
