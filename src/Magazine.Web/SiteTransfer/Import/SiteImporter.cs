using System.Diagnostics;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Hosting;
using Magazine.Web.SiteTransfer.Blogger;
using Magazine.Web.SiteTransfer.Source;
using Magazine.Web.SiteTransfer.WordPress;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// Moves a Blogger or WordPress export into the site in one transaction: the file streams
/// through its reader into entities; a bad file or a failure leaves nothing behind, and a
/// dry run rolls back what it did after reporting it.
/// </summary>
/// <remarks>Open to a subclass so a test can hold an import while it runs, as a long one would be.</remarks>
public class SiteImporter(
    MagazineDbContext db,
    StoryRenderer stories,
    CommentRenderer comments,
    SiteIdentityProvider site,
    TimeProvider clock)
{
    private const int ProgressEvery = 100;

    /// <param name="progress">Told the number of items read so far, every hundred items.</param>
    /// <exception cref="ExportFormatException">The file is not a readable export of that format; nothing was saved.</exception>
    public virtual async Task<ImportReport> ImportAsync(ExportFormat format, Stream export, ImportOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var identity = await site.GetAsync(cancellationToken);
        var report = new ImportReport(format, options.DryRun);
        var items = format == ExportFormat.Blogger ? BloggerReader.Read(export) : WxrReader.Read(export);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var run = new ImportRun(db, stories, comments, identity.EmbedHosts, clock.GetUtcNow().UtcDateTime, options, report);
            await run.LoadAsync(cancellationToken);
            var count = 0;
            foreach (var item in items)
            {
                await run.HandleAsync(item, cancellationToken);
                if (++count % ProgressEvery == 0)
                {
                    progress?.Report(count);
                }
            }
            await run.FinishAsync(cancellationToken);
            if (options.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            // Whatever happened, the context must not carry half an import into its next use.
            db.ChangeTracker.Clear();
        }
        if (!options.DryRun)
        {
            site.Invalidate();
        }
        report.Elapsed = Stopwatch.GetElapsedTime(started);
        return report;
    }
}
