namespace Magazine.Core.Entities;

public enum ImportJobState
{
    Running,
    Finished,
    Failed,

    /// <summary>The process running it stopped or died; the import is one transaction, so nothing of it was saved.</summary>
    Interrupted,
}

/// <summary>
/// One import of a Blogger or WordPress export started from the admin page: kept in the
/// database so any instance lists it and shows its progress, and so it outlives a restart.
/// </summary>
public class ImportJob
{
    public int Id { get; set; }

    /// <summary>The export's format, as the admin chose it (Blogger or WordPress).</summary>
    public required string Format { get; set; }
    public required string FileName { get; set; }
    public bool DryRun { get; set; }
    public long TotalBytes { get; set; }
    public string? StartedBy { get; set; }
    public DateTime StartedAt { get; set; }

    public ImportJobState State { get; set; }

    /// <summary>
    /// True while the job runs, null once it ends. Its unique index lets one row at a time hold
    /// it (NULLs never collide in a unique index, on SQLite as on PostgreSQL), so two instances
    /// cannot both start an import: the database decides, not a lock in one process.
    /// </summary>
    public bool? Claim { get; set; }

    public long BytesRead { get; set; }
    public int ItemsRead { get; set; }

    /// <summary>Written about once a second while the job runs: a running job that stops moving was left by a process that died.</summary>
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The finished import's report, as JSON.</summary>
    public string? Report { get; set; }
    public string? Error { get; set; }
}
