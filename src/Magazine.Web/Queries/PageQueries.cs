using Magazine.Core.Data;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

public sealed class PageQueries(MagazineDbContext db)
{
    public const string ContactSlug = "contact";

    public Task<PageViewModel?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => new PageViewModel(p.Title, p.Slug, p.BodyHtml, p.Language, p.Slug == ContactSlug))
            .FirstOrDefaultAsync(cancellationToken);
}
