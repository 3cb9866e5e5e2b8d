using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

public sealed class MediaQueries(MagazineDbContext db, MediaUsage usage, SiteIdentityProvider site)
{
    public const int PageSize = 48;

    /// <summary>Uploads, newest first (the UploadedAt index), found by file name, description, caption or credit, each with where it is used.</summary>
    public async Task<MediaListViewModel?> ListAsync(int page, string? query, MediaUploadForm form, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<MediaRow>.MaxPage)
        {
            return null;
        }
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var found = await Search(query)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        if (found.Count == 0 && page > 1)
        {
            return null;
        }
        var uses = await usage.OfAsync(found.Select(m => m.Id).ToList(), cancellationToken);
        var basePath = NewsroomUrls.To("/media") + (query is null ? "" : "?q=" + Uri.EscapeDataString(query));
        return new MediaListViewModel(
            ListPage<MediaRow>.From(found.Select(m => Row(m, uses)).ToList(), PageSize, basePath, page),
            query,
            form,
            (await site.GetAsync(cancellationToken)).TimeZone);
    }

    /// <summary>A page of the editor's picker: the same search and order as the media page, only what inserting an image needs.</summary>
    public async Task<MediaPickerPage?> PickAsync(int page, string? query, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<MediaRow>.MaxPage)
        {
            return null;
        }
        var found = await Search(string.IsNullOrWhiteSpace(query) ? null : query.Trim())
            .Skip((page - 1) * PickerPageSize).Take(PickerPageSize + 1)
            .Select(m => new { m.StoredName, m.OriginalName, m.Width, m.Height, m.Alt, m.Caption, m.Credit })
            .ToListAsync(cancellationToken);
        var items = found.Take(PickerPageSize)
            .Select(m => MediaPickerItem.Of(m.StoredName, m.OriginalName, m.Width, m.Height, m.Alt, m.Caption, m.Credit)).ToList();
        return new MediaPickerPage(items, page, found.Count > PickerPageSize);
    }

    public const int PickerPageSize = 12;

    /// <summary>Found by file name, description, caption or credit; newest first, on the UploadedAt index.</summary>
    private IQueryable<MediaFile> Search(string? query)
    {
        var files = db.MediaFiles.AsNoTracking();
        if (query is not null)
        {
            files = files.Where(m => m.OriginalName.Contains(query) || (m.Alt != null && m.Alt.Contains(query))
                || (m.Caption != null && m.Caption.Contains(query)) || (m.Credit != null && m.Credit.Contains(query)));
        }
        return files.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id);
    }

    public async Task<MediaEditViewModel?> EditAsync(int id, MediaDescribeForm? form, CancellationToken cancellationToken)
    {
        var file = await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (file is null)
        {
            return null;
        }
        var row = Row(file, await usage.OfAsync([file.Id], cancellationToken));
        form ??= new MediaDescribeForm { Alt = file.Alt, Caption = file.Caption, Credit = file.Credit };
        return new MediaEditViewModel(row, form, (await site.GetAsync(cancellationToken)).TimeZone);
    }

    private static MediaRow Row(MediaFile m, ILookup<int, MediaUse> uses)
    {
        var url = MediaStore.UrlOf(m.StoredName);
        var thumbnail = ResponsiveImage.Parse(url)?.UrlAtMost(ResponsiveImage.Ladder[0]) ?? url;
        return new MediaRow(m.Id, url, thumbnail, m.OriginalName, m.Width, m.Height, m.Length, m.Alt, m.Caption, m.Credit,
            m.UploadedAt, m.UploadedBy, uses[m.Id].ToList());
    }
}
