using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Publishing;

/// <summary>
/// When something's address changes, its old address keeps answering 301. The row points at
/// the entity, not at a URL, so the redirect follows it through later changes.
/// </summary>
public static class OldAddresses
{
    /// <param name="path">The old path as a request would carry it (decoded), e.g. /section/world.</param>
    /// <param name="pointAt">Sets the target on the row (ArticleId, PageId, CategoryId or TagId).</param>
    public static async Task KeepAsync(this MagazineDbContext db, string path, Action<Redirect> pointAt, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var fromPath = path.ToLowerInvariant();
        var redirect = await db.Redirects.FirstOrDefaultAsync(r => r.FromPath == fromPath, cancellationToken)
            ?? db.Redirects.Local.FirstOrDefault(r => r.FromPath == fromPath);
        if (redirect is null)
        {
            redirect = new Redirect { FromPath = fromPath, CreatedAt = nowUtc };
            db.Redirects.Add(redirect);
        }
        (redirect.ArticleId, redirect.PageId, redirect.CategoryId, redirect.TagId, redirect.ToPath) = (null, null, null, null, null);
        pointAt(redirect);
    }
}
