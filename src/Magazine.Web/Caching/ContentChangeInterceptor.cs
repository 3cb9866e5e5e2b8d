using System.Data.Common;
using System.Runtime.CompilerServices;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Web.Caching;

/// <summary>
/// Evicts the reader pages a save changes, whoever saves (newsroom, comments, import,
/// seeding): no code path has to remember. What changed is read from the change tracker
/// before the save (<see cref="ReaderChanges"/>); inside a transaction the eviction waits
/// for the commit, so no page can be cached from the old state after it. A held comment
/// changes nothing readers see, so a spam flood evicts nothing.
/// </summary>
public sealed class ContentChangeInterceptor(ReaderCache cache, PublicationSchedule schedule, SiteIdentityProvider site, IServiceScopeFactory scopes)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, ReaderChanges> _pending = [];

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
        Saved(eventData.Context);
        FlushUnlessInTransaction(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        await FlushUnlessInTransaction(eventData.Context);
        return result;
    }

    // A failed save outside a transaction changed nothing; forgetting what it noted keeps a
    // pooled context from carrying it into the next request's save.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DiscardUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    private void DiscardUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Discard(context);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null)
        {
            _pending.GetOrCreateValue(context).Note(context.ChangeTracker);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var changes))
        {
            changes.Saved();
        }
    }

    private Task FlushUnlessInTransaction(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? FlushAsync(context) : Task.CompletedTask;

    private async Task FlushAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
        {
            return;
        }
        _pending.Remove(context);
        // A save of several rows (a new story and its first revision) runs in EF's own
        // transaction, whose commit comes before SavedChanges: the added rows, whose keys
        // are known by then, must be noted here or their lists are never evicted.
        changes.Saved();
        if (changes.IsEmpty)
        {
            return;
        }
        if (changes.Identity)
        {
            site.Invalidate();
        }
        schedule.Forget();
        IReadOnlyCollection<string> tags = changes.Everything ? [ReaderTags.All] : await changes.TagsAsync(scopes);
        await cache.EvictAsync(tags);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
