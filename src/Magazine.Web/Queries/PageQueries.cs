using Magazine.Core.Data;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

public sealed class PageQueries(MagazineDbContext db)
{
    public const string ContactSlug = "contact";

    /// <summary>The page in the current edition: the Arabic edition's version where it has one.</summary>
    public Task<PageViewModel?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var arabic = Edition.Current == Edition.Arabic;
        return db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => arabic && p.ArabicTitle != null && p.ArabicBodyHtml != null
                ? new PageViewModel(p.ArabicTitle, p.Slug, p.ArabicBodyHtml, Edition.Arabic.Language, p.Slug == ContactSlug)
                : new PageViewModel(p.Title, p.Slug, p.BodyHtml, p.Language, p.Slug == ContactSlug))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
