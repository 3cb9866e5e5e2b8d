using Magazine.Web.Queries;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

/// <summary>Section, tag and author pages: a paginated list of stories under a heading.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ListingsController(StoryListQueries stories) : Controller
{
    [HttpGet("/section/{slug}")]
    public Task<IActionResult> Section(string slug, int page = 1, CancellationToken cancellationToken = default) =>
        Show(stories.SectionAsync(slug, page, cancellationToken));

    [HttpGet("/tag/{slug}")]
    public Task<IActionResult> Tag(string slug, int page = 1, CancellationToken cancellationToken = default) =>
        Show(stories.TagAsync(slug, page, cancellationToken));

    [HttpGet("/author/{slug}")]
    public Task<IActionResult> Author(string slug, int page = 1, CancellationToken cancellationToken = default) =>
        Show(stories.AuthorAsync(slug, page, cancellationToken));

    private async Task<IActionResult> Show(Task<ViewModels.ListingViewModel?> query)
    {
        // A page number that is not a number never reaches the query.
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var model = await query;
        return model is null ? NotFound() : View("Index", model);
    }
}
