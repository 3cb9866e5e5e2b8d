using Magazine.Web.Queries;
using Magazine.Web.ViewModels;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

/// <summary>Section, tag, author and monthly archive pages: a paginated list of stories under a heading.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ListingsController(StoryListQueries stories) : Controller
{
    [HttpGet("/section/{slug}")]
    public Task<IActionResult> Section(string slug, int page = 1, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        Show(page, before, after, request => stories.SectionAsync(slug, request, cancellationToken));

    [HttpGet("/tag/{slug}")]
    public Task<IActionResult> Tag(string slug, int page = 1, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        Show(page, before, after, request => stories.TagAsync(slug, request, cancellationToken));

    [HttpGet("/author/{slug}")]
    public Task<IActionResult> Author(string slug, int page = 1, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        Show(page, before, after, request => stories.AuthorAsync(slug, request, cancellationToken));

    [HttpGet("/{year:int:range(1900,2999)}/{month:int:range(1,12)}")]
    public Task<IActionResult> Month(int year, int month, int page = 1, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        Show(page, before, after, request => stories.MonthAsync(year, month, request, cancellationToken));

    private async Task<IActionResult> Show(int page, string? before, string? after, Func<PageRequest, Task<ListingViewModel?>> query)
    {
        // A page number or cursor that does not parse never reaches the query.
        if (!ModelState.IsValid || !PageRequest.TryRead(page, before, after, out var request))
        {
            return BadRequest();
        }
        var model = await query(request);
        return model is null ? NotFound() : View("Index", model);
    }
}
