using Magazine.Core.Data;
using Magazine.Web.Areas.Admin.Services;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>Describing an upload (alt text, caption, credit) and deleting one nothing uses.</summary>
public sealed class MediaLibrary(MagazineDbContext db, MediaStore store, MediaUsage usage)
{
    public const string InUseMessage = "This image is still used by {0}. Take it out of them first; only an unused image can be deleted.";

    public async Task<AdminResult> DescribeAsync(int id, MediaDescription description, CancellationToken cancellationToken)
    {
        var file = await db.MediaFiles.FindAsync([id], cancellationToken);
        if (file is null)
        {
            return AdminResult.NotFound;
        }
        MediaStore.Describe(file, description);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(id);
    }

    /// <summary>Removes the record and every file made from the upload, unless a story or page still shows it.</summary>
    public async Task<AdminResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.MediaFiles.FindAsync([id], cancellationToken);
        if (file is null)
        {
            return AdminResult.NotFound;
        }
        var uses = (await usage.OfAsync([file.Id], cancellationToken))[file.Id].ToList();
        if (uses.Count > 0)
        {
            return AdminResult.Conflict(InUseMessage, string.Join(", ", uses.Select(u => $"“{u.Title}”")));
        }
        db.MediaFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        // After the record: a failed save leaves the image whole rather than a record without files.
        store.DeleteFilesOf(file);
        return AdminResult.Done();
    }
}
