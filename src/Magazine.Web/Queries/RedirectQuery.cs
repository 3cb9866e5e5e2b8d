using Magazine.Core.Data;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

/// <summary>Resolves an old address (a former slug, an imported site's path) to where its content lives now.</summary>
public sealed class RedirectQuery(MagazineDbContext db, TimeProvider clock)
{
    public async Task<string?> FindTargetAsync(string fromPath, CancellationToken cancellationToken)
    {
        var key = fromPath.ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var target = await db.Redirects.AsNoTracking()
            .Where(r => r.FromPath == key)
            .Select(r => new
            {
                r.ToPath,
                Article = db.Articles.Published(now).Where(a => a.Id == r.ArticleId).Select(a => new { a.PublishedAt, a.Slug }).FirstOrDefault(),
                PageSlug = db.Pages.Where(p => p.Id == r.PageId && p.IsPublished).Select(p => p.Slug).FirstOrDefault(),
                SectionSlug = db.Categories.Where(c => c.Id == r.CategoryId).Select(c => c.Slug).FirstOrDefault(),
                TagSlug = db.Tags.Where(t => t.Id == r.TagId).Select(t => t.Slug).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return target switch
        {
            null => null,
            { Article: { } a } => StoryUrls.Article(a.PublishedAt!.Value, a.Slug),
            { PageSlug: { } p } => StoryUrls.Page(p),
            { SectionSlug: { } s } => StoryUrls.Section(s),
            { TagSlug: { } t } => StoryUrls.Tag(t),
            _ => target.ToPath,
        };
    }
}
