using System.Data.Common;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// The one import slot across every instance: the running job holds <see cref="ImportJob.Claim"/>,
/// which a unique index lets only one row hold; a job whose process died gives it up.
/// </summary>
internal static class ImportClaim
{
    /// <summary>
    /// Claims the one import slot before the upload is copied, so a second start anywhere is
    /// refused at once. A look first answers a running import without a write; the unique
    /// claim settles two starts that looked at the same moment.
    /// </summary>
    /// <returns>The job, saved with the claim; null when another holds the claim.</returns>
    public static async Task<ImportJob?> TakeAsync(MagazineDbContext db, DateTime now, ImportJob job, CancellationToken cancellationToken)
    {
        try
        {
            await ReleaseAbandonedAsync(db, now, cancellationToken);
        }
        catch (DbException)
        {
            // SQLite shared by two processes: the silent job is one whose import still holds the
            // write lock (its progress cannot be written meanwhile), so it is not abandoned after all.
            return null;
        }
        if (await db.ImportJobs.AnyAsync(j => j.Claim != null, cancellationToken))
        {
            return null;
        }
        db.ImportJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return job;
        }
        catch (DbUpdateException)
        {
            db.Entry(job).State = EntityState.Detached;
            if (await db.ImportJobs.AnyAsync(j => j.Claim != null, cancellationToken))
            {
                return null;
            }
            throw;
        }
    }

    /// <summary>Frees the claim of a job whose process died, so it no longer blocks new imports; a read first, so a live import costs no write.</summary>
    private static async Task ReleaseAbandonedAsync(MagazineDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var silentSince = now - ImportJobs.Silence;
        var abandoned = db.ImportJobs.Where(j => j.Claim != null && j.UpdatedAt < silentSince);
        if (await abandoned.AnyAsync(cancellationToken))
        {
            await abandoned.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Claim, (bool?)null)
                .SetProperty(j => j.State, ImportJobState.Interrupted)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Error, ImportJobs.InterruptedError), cancellationToken);
        }
    }
}
