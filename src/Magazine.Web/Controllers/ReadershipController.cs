using System.Globalization;
using Magazine.Web.Caching;
using Magazine.Web.Comments;
using Magazine.Web.Hosting;
using Magazine.Web.Queries;
using Magazine.Web.Readership;
using Microsoft.AspNetCore.Mvc;
using Magazine.Web.Resources;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

/// <summary>
/// The parts of reader pages that change more often than the pages around them, fetched
/// alone by the pages' scripts: the most-read lists, a live story's updates and the comment
/// counts of the cards on a page.
/// </summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ReadershipController(MostReadBoard board, LiveUpdateQueries liveUpdates, CommentCountQuery commentCounts, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The lists move about once a minute, so the cached copy lives a minute: no eviction needed.</summary>
    private static readonly TimeSpan MostReadLifetime = TimeSpan.FromMinutes(1);

    [HttpGet("/most-read")]
    public async Task<IActionResult> MostRead(CancellationToken cancellationToken)
    {
        var lists = await board.GetAsync(Edition.Current, cancellationToken);
        if (HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.ResponseExpirationTimeSpan = MostReadLifetime;
        }
        NotForSearchEngines();
        return PartialView("_MostReadLists", lists);
    }

    [HttpGet("/live/{id:int}")]
    public async Task<IActionResult> LiveUpdates(int id, CancellationToken cancellationToken)
    {
        var coverage = await liveUpdates.CoverageAsync(id, cancellationToken);
        NotForSearchEngines();
        return coverage is null ? NotFound() : PartialView("_LiveUpdateList", coverage);
    }

    /// <summary>"3,17,42" gives each of those published stories that has comments its count, worded in the edition's language.</summary>
    [HttpGet("/comment-counts")]
    public async Task<IActionResult> CommentCounts(string? ids, CancellationToken cancellationToken)
    {
        if (!CommentCountQuery.TryParseIds(ids, out var stories))
        {
            return BadRequest();
        }
        var counts = await commentCounts.ForAsync(stories, cancellationToken);
        NotForSearchEngines();
        return Json(counts.ToDictionary(c => c.Key.ToString(CultureInfo.InvariantCulture), c => localizer.Plural(c.Value, "{0} comments")));
    }

    /// <summary>Parts of pages: the pages they belong to are what search engines should list.</summary>
    private void NotForSearchEngines() => Response.Headers["X-Robots-Tag"] = "noindex";
}
