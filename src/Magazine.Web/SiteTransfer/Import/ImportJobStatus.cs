using Magazine.Core.Entities;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>One import as the admin pages show it: its progress and, once it ended, its report or the error that stopped it.</summary>
public sealed record ImportJobStatus(
    int Id,
    string Format,
    string FileName,
    bool DryRun,
    long TotalBytes,
    string? StartedBy,
    DateTime StartedAt,
    ImportJobState State,
    long BytesRead,
    int ItemsRead,
    DateTime? FinishedAt,
    string? Error,
    ImportReport? Report)
{
    public bool Finished => State != ImportJobState.Running;

    /// <summary>Share of the file read so far, 0 to 100; the reader runs a buffer ahead of the import.</summary>
    public int Percent => Finished ? 100 : TotalBytes == 0 ? 0 : (int)Math.Min(99, BytesRead * 100 / TotalBytes);
}
