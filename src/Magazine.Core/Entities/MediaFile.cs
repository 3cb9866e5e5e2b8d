namespace Magazine.Core.Entities;

public class MediaFile
{
    public int Id { get; set; }

    /// <summary>
    /// The file a story refers to: for a processed image its largest WebP (<c>{key}-{w}x{h}.webp</c>);
    /// for an upload made before processing, the generated name it was stored under.
    /// The uploader's file name is never used on disk.
    /// </summary>
    public required string StoredName { get; set; }
    public required string OriginalName { get; set; }
    public required string ContentType { get; set; }

    /// <summary>Bytes of the upload as it came.</summary>
    public long Length { get; set; }

    /// <summary>First hex digits of the upload's SHA-256: every file made from it is named after it. Null for an unprocessed upload.</summary>
    public string? ContentKey { get; set; }

    /// <summary>The original's dimensions, upright (after its EXIF orientation).</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>Widths of the WebP files made from it, ascending and comma-separated.</summary>
    public string? VariantWidths { get; set; }

    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
