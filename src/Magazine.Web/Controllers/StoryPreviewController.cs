using Magazine.Web.Previews;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

/// <summary>
/// A private preview link: an unpublished story, for a colleague who is not signed in. Never
/// cached (a revoked link must stop at once) and never indexed.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StoryPreviewController(StoryPreviewLinks links, StoryPreviews previews) : Controller
{
    [HttpGet(StoryPreviewLinks.RoutePrefix + "{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var model = await links.OpenAsync(token, cancellationToken) is { } id ? await previews.OfStoryAsync(id, cancellationToken) : null;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return model is null ? NotFound() : View(model with { StandsAlone = true });
    }
}
