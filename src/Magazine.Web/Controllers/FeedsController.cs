using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Magazine.Web.Queries;
using Magazine.Web.Syndication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

/// <summary>Atom feeds: the whole site's and one per section, in the edition of the address.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class FeedsController(FeedQueries feeds, PublicOrigin origin) : Controller
{
    private string Origin => origin.Of(Request);

    [HttpGet("/feed")]
    public async Task<IActionResult> Site(CancellationToken cancellationToken) =>
        File(AtomFeedWriter.Write(await feeds.SiteFeedAsync(Origin, cancellationToken)), AtomFeedWriter.ContentType);

    [HttpGet("/section/{slug}/feed")]
    public async Task<IActionResult> Section(string slug, CancellationToken cancellationToken)
    {
        var feed = await feeds.SectionFeedAsync(slug, Origin, cancellationToken);
        return feed is null ? NotFound() : File(AtomFeedWriter.Write(feed), AtomFeedWriter.ContentType);
    }
}
