namespace Magazine.Core.Entities;

public class MediaFile
{
    public int Id { get; set; }

    /// <summary>Generated name under the uploads folder; the uploader's file name is never used on disk.</summary>
    public required string StoredName { get; set; }
    public required string OriginalName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public string? Alt { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
