using System.Text;
using Magazine.Web.Hosting;
using Magazine.Web.Caching;
using Magazine.Web.Queries;
using Magazine.Web.Syndication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

/// <summary>
/// What crawlers read: robots.txt, the sitemap (an index over numbered files once the
/// archive outgrows one file) and the news sitemap. They cover both editions, so they
/// live at the site's root only, but for the news sitemap, which each edition has.
/// </summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class SitemapsController(SitemapQueries sitemaps, SiteIdentityProvider site, PublicOrigin origin) : Controller
{
    private string Origin => origin.Of(Request);

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        if (!Edition.Current.IsDefault)
        {
            return NotFound();
        }
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var edition in Edition.All)
        {
            foreach (var path in (string[])["/admin", "/account", "/search"])
            {
                robots.Append("Disallow: ").Append(edition.Url(path)).Append('\n');
            }
        }
        robots.Append('\n')
            .Append("Sitemap: ").Append(Origin).Append("/sitemap.xml\n")
            .Append("Sitemap: ").Append(Origin).Append("/sitemap-news.xml\n")
            .Append("Sitemap: ").Append(Origin).Append(Edition.Arabic.Url("/sitemap-news.xml")).Append('\n');
        return Content(robots.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        if (!Edition.Current.IsDefault)
        {
            return NotFound();
        }
        var (files, total) = await sitemaps.IndexAsync(cancellationToken);
        if (total > sitemaps.EntriesPerFile)
        {
            return File(SitemapWriter.Index(files, Origin), SitemapWriter.ContentType);
        }
        var entries = new List<ViewModels.SitemapEntry>();
        foreach (var file in files)
        {
            entries.AddRange(await sitemaps.FileAsync(file.Kind, file.Number, cancellationToken) ?? []);
        }
        return File(SitemapWriter.UrlSet(entries, Origin), SitemapWriter.ContentType);
    }

    [HttpGet("/sitemaps/{kind:regex(^[[a-z]]+$)}-{number:int}.xml")]
    public async Task<IActionResult> Part(string kind, int number, CancellationToken cancellationToken)
    {
        var entries = Edition.Current.IsDefault ? await sitemaps.FileAsync(kind, number, cancellationToken) : null;
        return entries is null ? NotFound() : File(SitemapWriter.UrlSet(entries, Origin), SitemapWriter.ContentType);
    }

    /// <summary>Each edition has its own news sitemap (/sitemap-news.xml, /ar/sitemap-news.xml): a news publication is in one language.</summary>
    [HttpGet("/sitemap-news.xml")]
    public async Task<IActionResult> News(CancellationToken cancellationToken)
    {
        var identity = await site.GetAsync(cancellationToken);
        return File(SitemapWriter.NewsSitemap(await sitemaps.NewsAsync(Origin, cancellationToken), identity.NameIn()), SitemapWriter.ContentType);
    }
}
