using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>A story or standalone page that shows an image, as its hero or in its text.</summary>
public sealed record MediaUse(int MediaFileId, int Id, string Title, bool IsPage);

/// <summary>
/// Where images are used, read from the uses recorded at each save (<see cref="MediaUseRecorder"/>),
/// trashed and draft stories included: deleting the image would break them when restored.
/// </summary>
public sealed class MediaUsage(MagazineDbContext db)
{
    public async Task<ILookup<int, MediaUse>> OfAsync(IReadOnlyCollection<int> mediaIds, CancellationToken cancellationToken)
    {
        if (mediaIds.Count == 0)
        {
            return Array.Empty<MediaUse>().ToLookup(u => u.MediaFileId);
        }
        var stories = await db.ArticleMediaUses.AsNoTracking()
            .Where(u => mediaIds.Contains(u.MediaFileId))
            .Select(u => new MediaUse(u.MediaFileId, u.ArticleId, u.Article.Title, false))
            .ToListAsync(cancellationToken);
        var pages = await db.PageMediaUses.AsNoTracking()
            .Where(u => mediaIds.Contains(u.MediaFileId))
            .Select(u => new MediaUse(u.MediaFileId, u.PageId, u.Page.Title, true))
            .ToListAsync(cancellationToken);
        return stories.Concat(pages).OrderBy(u => u.Title, StringComparer.CurrentCulture).ToLookup(u => u.MediaFileId);
    }
}
