using System.Data.Common;
using System.Runtime.CompilerServices;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Web.Caching;

/// <summary>
/// Drops the reader cache whenever a save changes something readers see, whoever saves
/// it (newsroom, comments, import, seeding): no code path has to remember. Inside a
/// transaction the drop waits for the commit, so no page can be cached from the old state
/// after it. A held comment changes nothing readers see, so a spam flood cannot keep
/// emptying the cache.
/// </summary>
public sealed class ContentChangeInterceptor(ReaderCache cache, PublicationSchedule schedule, SiteIdentityProvider site)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushUnlessInTransaction(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushUnlessInTransaction(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context);

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var pending = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            pending.Readers |= ReadersSee(entry);
            pending.Identity |= entry.Entity is SiteSettings or Category;
        }
    }

    private static bool ReadersSee(EntityEntry entry) => entry.Entity switch
    {
        Comment => entry.State != EntityState.Added && WasOrIsApproved(entry)
            || entry.State == EntityState.Added && (CommentStatus)entry.Property(nameof(Comment.Status)).CurrentValue! == CommentStatus.Approved,
        Article or ArticleTag or Category or Tag or AuthorProfile or Page or Redirect or SiteSettings => true,
        _ => false,
    };

    private static bool WasOrIsApproved(EntityEntry entry)
    {
        var status = entry.Property(nameof(Comment.Status));
        return (CommentStatus)status.OriginalValue! == CommentStatus.Approved || (CommentStatus)status.CurrentValue! == CommentStatus.Approved;
    }

    private Task FlushUnlessInTransaction(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? FlushAsync(context) : Task.CompletedTask;

    private async Task FlushAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || !(pending.Readers || pending.Identity))
        {
            return;
        }
        _pending.Remove(context);
        if (pending.Identity)
        {
            site.Invalidate();
        }
        schedule.Forget();
        await cache.InvalidateAsync();
    }

    private sealed class Pending
    {
        public bool Readers { get; set; }
        public bool Identity { get; set; }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
