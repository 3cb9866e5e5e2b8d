using System.Collections.Concurrent;
using Magazine.Web.Hosting;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// Imports started from the admin page: the upload is kept in the data folder, imported in
/// the background (one at a time, since an import holds the database's one write
/// transaction) and watched through <see cref="ImportJob"/> until its report is ready.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, DataPaths paths, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger)
{
    private const int JobsKept = 20;
    private readonly ConcurrentDictionary<int, ImportJob> _jobs = new();
    private int _lastId;
    private int _running;

    public ImportJob? Find(int id) => _jobs.GetValueOrDefault(id);

    /// <summary>The newest jobs first: the running one, then the reports of those before it.</summary>
    public IReadOnlyList<ImportJob> Recent => _jobs.Values.OrderByDescending(j => j.Id).ToList();

    /// <returns>The started job, or null while another import is still running.</returns>
    public async Task<ImportJob?> StartAsync(ExportFormat format, string fileName, Stream upload, ImportOptions options, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return null;
        }
        var path = Path.Combine(paths.Root, "imports", Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                await upload.CopyToAsync(file, cancellationToken);
            }
        }
        catch
        {
            File.Delete(path);
            Interlocked.Exchange(ref _running, 0);
            throw;
        }
        var job = new ImportJob(Interlocked.Increment(ref _lastId), format, Path.GetFileName(fileName), options.DryRun, new FileInfo(path).Length, clock.GetUtcNow());
        _jobs[job.Id] = job;
        foreach (var old in _jobs.Values.OrderByDescending(j => j.Id).Skip(JobsKept))
        {
            _jobs.TryRemove(old.Id, out _);
        }
        _ = Task.Run(() => RunAsync(job, path, options));
        return job;
    }

    private async Task RunAsync(ImportJob job, string path, ImportOptions options)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<SiteImporter>();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var progress = new ReadProgress(job, file);
            job.Finish(await importer.ImportAsync(job.Format, file, options, progress, lifetime.ApplicationStopping), null, clock.GetUtcNow());
        }
        catch (ExportFormatException e)
        {
            job.Finish(null, e.Message.TrimEnd('.') + ". Nothing was imported.", clock.GetUtcNow());
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {JobId} of {FileName} failed", job.Id, job.FileName);
            job.Finish(null, "The import stopped on an unexpected error and was rolled back: nothing was imported.", clock.GetUtcNow());
        }
        finally
        {
            File.Delete(path);
            Interlocked.Exchange(ref _running, 0);
        }
    }

    private sealed class ReadProgress(ImportJob job, Stream file) : IProgress<int>
    {
        public void Report(int items) => job.Advance(items, file.Position);
    }
}

/// <summary>One import's progress and, once finished, its report or the error that stopped it.</summary>
public sealed class ImportJob(int id, ExportFormat format, string fileName, bool dryRun, long totalBytes, DateTimeOffset startedAt)
{
    private long _bytesRead;
    private int _itemsRead;
    private volatile ImportOutcome? _outcome;

    public int Id { get; } = id;
    public ExportFormat Format { get; } = format;
    public string FileName { get; } = fileName;
    public bool DryRun { get; } = dryRun;
    public long TotalBytes { get; } = totalBytes;
    public DateTimeOffset StartedAt { get; } = startedAt;

    public long BytesRead => Interlocked.Read(ref _bytesRead);
    public int ItemsRead => Volatile.Read(ref _itemsRead);
    public bool Finished => _outcome is not null;
    public ImportReport? Report => _outcome?.Report;
    public string? Error => _outcome?.Error;
    public DateTimeOffset? FinishedAt => _outcome?.At;

    /// <summary>Share of the file read so far, 0 to 100; the reader runs a buffer ahead of the import.</summary>
    public int Percent => Finished ? 100 : TotalBytes == 0 ? 0 : (int)Math.Min(99, BytesRead * 100 / TotalBytes);

    internal void Advance(int items, long bytes)
    {
        Volatile.Write(ref _itemsRead, items);
        Interlocked.Exchange(ref _bytesRead, bytes);
    }

    internal void Finish(ImportReport? report, string? error, DateTimeOffset at) => _outcome = new ImportOutcome(report, error, at);

    private sealed record ImportOutcome(ImportReport? Report, string? Error, DateTimeOffset At);
}
