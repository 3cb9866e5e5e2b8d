using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;

namespace Magazine.Web.Media;

public sealed record UploadResult(MediaFile? File, int StatusCode, string? Error)
{
    public bool Succeeded => File is not null;
    public string? Url => File is null ? null : MediaStore.UrlOf(File.StoredName);
}

/// <summary>
/// Keeps uploaded images under the data folder with generated names; the uploader's file
/// name is recorded but never touches the disk. Served at /media/{name}.
/// </summary>
public sealed class MediaStore(MagazineDbContext db, DataPaths paths, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The largest request an upload form may send: the image plus room for the form's other fields.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public const string RequestPath = "/media";

    public static string TooLargeMessage => $"That image is larger than {MaxBytes / 1024 / 1024} MB. Make it smaller and upload it again.";

    public static string UrlOf(string storedName) => $"{RequestPath}/{storedName}";

    public async Task<UploadResult> SaveAsync(IFormFile upload, string? alt, string? uploadedBy, CancellationToken cancellationToken)
    {
        if (upload.Length > MaxBytes)
        {
            return new UploadResult(null, StatusCodes.Status413PayloadTooLarge, TooLargeMessage);
        }
        var header = new byte[ImageFormat.HeaderLength];
        await using (var peek = upload.OpenReadStream())
        {
            var read = await peek.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            header = header[..read];
        }
        var format = ImageFormat.Detect(header);
        if (format is null)
        {
            return new UploadResult(null, StatusCodes.Status400BadRequest,
                $"“{Path.GetFileName(upload.FileName)}” is not a JPEG, PNG, WebP or GIF image, whatever its name says.");
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var path = Path.Combine(paths.Uploads, storedName);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await upload.CopyToAsync(target, cancellationToken);
        }
        var file = new MediaFile
        {
            StoredName = storedName,
            OriginalName = Truncate(Path.GetFileName(upload.FileName), 260),
            ContentType = format.ContentType,
            Length = upload.Length,
            Alt = string.IsNullOrWhiteSpace(alt) ? null : Truncate(alt.Trim(), 300),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = uploadedBy,
        };
        db.MediaFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return new UploadResult(file, StatusCodes.Status200OK, null);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
