using System.Collections.Concurrent;
using System.Data.Common;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.SiteTransfer.Source;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// Imports started from the admin page. The job list lives in the database (<see cref="ImportJob"/>),
/// so every instance shows it and it outlives a restart; one import runs at a time across all
/// instances (it holds the database's write transaction on SQLite, and two imports of the same
/// blog would race on its ids), claimed in the database (<see cref="ImportClaim"/>). The
/// upload is kept in the data folder of the instance that received it, and that instance runs
/// the import: the file never needs to be shared (the media directory is for readers' files).
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, DataPaths paths, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger)
{
    /// <summary>A running job whose row has not moved for this long was left by a process that died.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public const string InterruptedError = "The import was interrupted: the site stopped while it ran. An import is one transaction, so nothing was imported.";

    private const int JobsListed = 20;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Jobs this process runs, with their live counts. The page prefers them to the row: on
    /// SQLite the import holds the one write lock, so the row's progress only moves when it ends.
    /// </summary>
    private readonly ConcurrentDictionary<int, LiveProgress> _here = new();
    private int _runningHere;

    public async Task<IReadOnlyList<ImportJobStatus>> RecentAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var rows = await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(JobsListed)
            .Select(j => new ImportJob
            {
                Id = j.Id, Format = j.Format, FileName = j.FileName, DryRun = j.DryRun, TotalBytes = j.TotalBytes,
                StartedBy = j.StartedBy, StartedAt = j.StartedAt, State = j.State, BytesRead = j.BytesRead,
                ItemsRead = j.ItemsRead, UpdatedAt = j.UpdatedAt, FinishedAt = j.FinishedAt, Error = j.Error,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(StatusOf).ToList();
    }

    public async Task<ImportJobStatus?> FindAsync(int id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var row = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        return row is null ? null : StatusOf(row);
    }

    /// <returns>The started job's id, or null while another import is still running here or on another instance.</returns>
    public async Task<int?> StartAsync(ExportFormat format, string fileName, Stream upload, ImportOptions options, string? startedBy, CancellationToken cancellationToken)
    {
        // This process's own import answers at once, without waiting on the database it holds.
        if (Interlocked.CompareExchange(ref _runningHere, 1, 0) != 0)
        {
            return null;
        }
        var path = Path.Combine(paths.Root, "imports", Guid.NewGuid().ToString("N") + ".xml");
        var started = false;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        ImportJob? job = null;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            job = await ImportClaim.TakeAsync(db, now, new ImportJob
            {
                Format = format.ToString(), FileName = Path.GetFileName(fileName), DryRun = options.DryRun,
                TotalBytes = upload.CanSeek ? upload.Length - upload.Position : 0, StartedBy = startedBy,
                StartedAt = now, UpdatedAt = now, State = ImportJobState.Running, Claim = true,
            }, cancellationToken);
            if (job is null)
            {
                return null;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                await upload.CopyToAsync(file, cancellationToken);
            }
            if (new FileInfo(path).Length is var length && length != job.TotalBytes)
            {
                job.TotalBytes = length;
                await db.SaveChangesAsync(cancellationToken);
            }
            _here[job.Id] = new LiveProgress();
            _ = Task.Run(() => RunAsync(job.Id, format, path, options));
            started = true;
            return job.Id;
        }
        finally
        {
            if (!started)
            {
                if (job is { Id: > 0 })
                {
                    // The upload never arrived whole: the job did not start, so it leaves no row behind.
                    await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(CancellationToken.None);
                }
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
                Interlocked.Exchange(ref _runningHere, 0);
            }
        }
    }

    private ImportJobStatus StatusOf(ImportJob row)
    {
        var (state, bytes, items, error) = (row.State, row.BytesRead, row.ItemsRead, row.Error);
        if (state == ImportJobState.Running && _here.TryGetValue(row.Id, out var live))
        {
            (bytes, items) = (live.Bytes, live.Items);
        }
        else if (state == ImportJobState.Running && row.UpdatedAt < clock.GetUtcNow().UtcDateTime - Silence)
        {
            (state, error) = (ImportJobState.Interrupted, InterruptedError);
        }
        return new ImportJobStatus(row.Id, row.Format, row.FileName, row.DryRun, row.TotalBytes, row.StartedBy, row.StartedAt,
            state, bytes, items, row.FinishedAt, error, row.Report is null ? null : ImportReport.FromJson(row.Report));
    }

    private async Task RunAsync(int id, ExportFormat format, string path, ImportOptions options)
    {
        var live = _here[id];
        ImportReport? report = null;
        string? error = null;
        var state = ImportJobState.Failed;
        try
        {
            using var scope = scopes.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<SiteImporter>();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            using var stopBeating = new CancellationTokenSource();
            var beating = BeatAsync(id, live, stopBeating.Token);
            try
            {
                report = await importer.ImportAsync(format, file, options, new ReadProgress(live, file), lifetime.ApplicationStopping);
                state = ImportJobState.Finished;
            }
            finally
            {
                await stopBeating.CancelAsync();
                await beating;
            }
        }
        catch (ExportFormatException e)
        {
            error = e.Message.TrimEnd('.') + ". Nothing was imported.";
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            (state, error) = (ImportJobState.Interrupted, InterruptedError);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {JobId} failed", id);
            error = "The import stopped on an unexpected error and was rolled back: nothing was imported.";
        }
        finally
        {
            // The upload goes first: once the row says the job ended, nothing of it is left here.
            File.Delete(path);
            await EndAsync(id, state, live, report, error);
            Interlocked.Exchange(ref _runningHere, 0);
            _here.TryRemove(id, out _);
        }
    }

    /// <summary>Writes the counts and the time about once a second, so other instances see progress and know the job is alive.</summary>
    private async Task BeatAsync(int id, LiveProgress live, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(ProgressEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
                    var (bytes, items, now) = (live.Bytes, live.Items, clock.GetUtcNow().UtcDateTime);
                    await db.ImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                        .SetProperty(j => j.BytesRead, bytes)
                        .SetProperty(j => j.ItemsRead, items)
                        .SetProperty(j => j.UpdatedAt, now), stop);
                }
                catch (DbException e)
                {
                    // SQLite: the import itself holds the write lock until it ends; the next beat tries again.
                    logger.LogDebug(e, "Progress of import {JobId} not written", id);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task EndAsync(int id, ImportJobState state, LiveProgress live, ImportReport? report, string? error)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var json = report?.ToJson();
            await db.ImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.Claim, (bool?)null)
                .SetProperty(j => j.BytesRead, live.Bytes)
                .SetProperty(j => j.ItemsRead, live.Items)
                .SetProperty(j => j.UpdatedAt, now)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Report, json)
                .SetProperty(j => j.Error, error), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The row stays "running" until its silence shows it interrupted; the log keeps what happened.
            logger.LogError(e, "The end of import {JobId} ({State}) could not be recorded", id, state);
        }
    }

    private sealed class LiveProgress
    {
        private long _bytes;
        private int _items;

        public long Bytes => Interlocked.Read(ref _bytes);
        public int Items => Volatile.Read(ref _items);

        public void Advance(int items, long bytes)
        {
            Volatile.Write(ref _items, items);
            Interlocked.Exchange(ref _bytes, bytes);
        }
    }

    private sealed class ReadProgress(LiveProgress live, Stream file) : IProgress<int>
    {
        public void Report(int items) => live.Advance(items, file.Position);
    }
}
