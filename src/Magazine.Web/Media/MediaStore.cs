using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;

namespace Magazine.Web.Media;

/// <summary>A stored image, or why it was refused: <see cref="Error"/> is an interface string's key with <see cref="Arguments"/> for its placeholders.</summary>
public sealed record UploadResult(MediaFile? File, int StatusCode, string? Error)
{
    public object[] Arguments { get; init; } = [];

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

    /// <summary>Refusal of an image over <see cref="MaxBytes"/>; its placeholder is the limit in megabytes (<see cref="MaxMegabytes"/>).</summary>
    public const string TooLargeMessage = "That image is larger than {0} MB. Make it smaller and upload it again.";

    public const long MaxMegabytes = MaxBytes / 1024 / 1024;

    private const string NotAnImageMessage = "“{0}” is not a JPEG, PNG, WebP or GIF image, whatever its name says.";

    public static string UrlOf(string storedName) => $"{RequestPath}/{storedName}";

    public async Task<UploadResult> SaveAsync(IFormFile upload, string? alt, string? uploadedBy, CancellationToken cancellationToken)
    {
        if (upload.Length > MaxBytes)
        {
            return new UploadResult(null, StatusCodes.Status413PayloadTooLarge, TooLargeMessage) { Arguments = [MaxMegabytes] };
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
            return new UploadResult(null, StatusCodes.Status400BadRequest, NotAnImageMessage) { Arguments = [Path.GetFileName(upload.FileName)] };
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
