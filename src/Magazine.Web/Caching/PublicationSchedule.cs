using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Caching;

/// <summary>
/// When the next scheduled story goes live. Cached pages made before that moment must
/// not outlive it, so the first request after it drops the reader cache; no background
/// job is needed and the story shows up on time.
/// </summary>
public sealed class PublicationSchedule(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private DateTime? _nextDue;
    private bool _known;

    public void Forget() => _known = false;

    /// <returns>The moment of the publication that has just gone live, or null when none has.</returns>
    public async Task<DateTime?> JustDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_known)
        {
            await LoadAsync(now, cancellationToken);
        }
        return _nextDue is { } due && due <= now ? due : null;
    }

    private async Task LoadAsync(DateTime now, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
            _nextDue = await db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now)
                .OrderBy(a => a.PublishedAt)
                .Select(a => a.PublishedAt)
                .FirstOrDefaultAsync(cancellationToken);
            _known = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
