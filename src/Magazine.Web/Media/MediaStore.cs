using System.Security.Cryptography;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>A stored image, or why it was refused: <see cref="Error"/> is an interface string's key with <see cref="Arguments"/> for its placeholders.</summary>
public sealed record UploadResult(MediaFile? File, int StatusCode, string? Error)
{
    public object[] Arguments { get; init; } = [];

    public bool Succeeded => File is not null;
    public string? Url => File is null ? null : MediaStore.UrlOf(File.StoredName);
}

/// <summary>What an upload is described with, wherever it is inserted.</summary>
public sealed record MediaDescription(string? Alt, string? Caption = null, string? Credit = null);

/// <summary>
/// Keeps uploaded images under the data folder, processed once by <see cref="ImageProcessor"/>
/// into files named by their content; the uploader's file name is recorded but never touches
/// the disk, and the upload as it came (with its metadata) is not kept. Served at /media/{name}.
/// </summary>
public sealed class MediaStore(MagazineDbContext db, DataPaths paths, ImageProcessor processor, TimeProvider clock)
{
    /// <summary>Room for a 50-megapixel phone photo; what readers get is made smaller anyway.</summary>
    public const long MaxBytes = 25 * 1024 * 1024;

    /// <summary>The largest request an upload form may send: the image plus room for the form's other fields.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public const string RequestPath = "/media";

    /// <summary>Refusal of an image over <see cref="MaxBytes"/>; its placeholder is the limit in megabytes (<see cref="MaxMegabytes"/>).</summary>
    public const string TooLargeMessage = "That image is larger than {0} MB. Make it smaller and upload it again.";

    public const long MaxMegabytes = MaxBytes / 1024 / 1024;

    /// <summary>Hex digits of the SHA-256 that name an image's files: 80 bits, no collision in any newsroom's lifetime.</summary>
    public const int KeyLength = 20;

    private const string NotAnImageMessage = "“{0}” is not a JPEG, PNG, WebP or GIF image, whatever its name says.";

    public static string UrlOf(string storedName) => $"{RequestPath}/{storedName}";

    public async Task<UploadResult> SaveAsync(IFormFile upload, MediaDescription description, string? uploadedBy, CancellationToken cancellationToken)
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
        if (ImageFormat.Detect(header) is null)
        {
            return new UploadResult(null, StatusCodes.Status400BadRequest, NotAnImageMessage) { Arguments = [Path.GetFileName(upload.FileName)] };
        }

        Directory.CreateDirectory(paths.Incoming);
        var incoming = Path.Combine(paths.Incoming, Guid.NewGuid().ToString("N"));
        try
        {
            string key;
            await using (var target = new FileStream(incoming, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var source = upload.OpenReadStream())
            {
                key = await CopyHashingAsync(source, target, cancellationToken);
            }
            if (await db.MediaFiles.FirstOrDefaultAsync(m => m.ContentKey == key, cancellationToken) is { } same)
            {
                return new UploadResult(same, StatusCodes.Status200OK, null);
            }
            var outcome = await processor.ProcessAsync(incoming, paths.Uploads, key, cancellationToken);
            if (outcome.Refused is { } refused)
            {
                return new UploadResult(null, StatusCodes.Status400BadRequest, refused.Error) { Arguments = refused.Arguments };
            }
            var file = new MediaFile
            {
                StoredName = outcome.Image!.StoredName(key),
                OriginalName = Truncate(Path.GetFileName(upload.FileName), 260),
                ContentType = "image/webp",
                Length = upload.Length,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
                UploadedBy = uploadedBy,
            };
            Record(file, key, outcome.Image);
            Describe(file, description);
            db.MediaFiles.Add(file);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                DeleteFilesOf(file);
                throw;
            }
            return new UploadResult(file, StatusCodes.Status200OK, null);
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    public static void Record(MediaFile file, string key, ProcessedImage image)
    {
        file.ContentKey = key;
        file.StoredName = image.StoredName(key);
        file.ContentType = "image/webp";
        file.Width = image.Width;
        file.Height = image.Height;
        file.VariantWidths = string.Join(',', image.Widths);
    }

    public static void Describe(MediaFile file, MediaDescription description)
    {
        file.Alt = Clean(description.Alt, 300);
        file.Caption = Clean(description.Caption, 500);
        file.Credit = Clean(description.Credit, 200);
    }

    /// <summary>Every file on disk made from <paramref name="file"/>: its WebP ladder and social image, or the one file of an unprocessed upload.</summary>
    public IEnumerable<string> FilesOf(MediaFile file) =>
        file.ContentKey is { } key
            ? Directory.EnumerateFiles(paths.Uploads, key + "-*")
            : [Path.Combine(paths.Uploads, file.StoredName)];

    public void DeleteFilesOf(MediaFile file)
    {
        foreach (var path in FilesOf(file).ToList())
        {
            File.Delete(path);
        }
    }

    public static string KeyOf(byte[] hash) => Convert.ToHexStringLower(hash)[..KeyLength];

    private static async Task<string> CopyHashingAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return KeyOf(hash.GetHashAndReset());
    }

    private static string? Clean(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : value.Trim();

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
