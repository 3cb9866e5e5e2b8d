using Magazine.Core.Data;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

public sealed class MediaQueries(MagazineDbContext db, SiteIdentityProvider site)
{
    public const int PageSize = 48;

    /// <summary>Uploads, newest first (the UploadedAt index), for reuse in stories.</summary>
    public async Task<MediaListViewModel?> ListAsync(int page, MediaUploadForm form, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<MediaRow>.MaxPage)
        {
            return null;
        }
        var rows = (await db.MediaFiles.AsNoTracking()
                .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
                .Skip((page - 1) * PageSize).Take(PageSize + 1)
                .ToListAsync(cancellationToken))
            .Select(m => new MediaRow(m.Id, MediaStore.UrlOf(m.StoredName), m.OriginalName, m.ContentType, m.Length, m.Alt, m.UploadedAt, m.UploadedBy))
            .ToList();
        if (rows.Count == 0 && page > 1)
        {
            return null;
        }
        return new MediaListViewModel(
            ListPage<MediaRow>.From(rows, PageSize, NewsroomUrls.To("/media"), page),
            form,
            (await site.GetAsync(cancellationToken)).TimeZone);
    }
}
