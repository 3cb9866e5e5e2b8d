using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Readership;

/// <summary>
/// Writes the counted views every few seconds, one batch per interval (a read of the hour's
/// rows and one save), and once more when the site stops.
/// </summary>
public sealed class ViewFlusher(
    ViewCounter counter, IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReadershipOptions> options, ILogger<ViewFlusher> logger)
    : BackgroundService
{
    /// <summary>Raised after a batch that wrote views, so the most-read lists know there is something new.</summary>
    public event Action? Flushed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.FlushSeconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes what has been counted so far; the views stay counted for the next batch if the write fails.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var views = counter.Take();
        if (views.Count == 0)
        {
            return;
        }
        try
        {
            await WriteAsync(views, StoryViewCount.HourOf(clock.GetUtcNow()), cancellationToken);
            Flushed?.Invoke();
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogWarning(exception, "Could not write {Stories} stories' views; they are kept for the next batch.", views.Count);
            counter.Return(views);
        }
    }

    private async Task WriteAsync(Dictionary<int, int> views, int hour, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var ids = views.Keys.ToList();
        // A story deleted since its views were counted takes them with it.
        var stories = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await db.StoryViewCounts.Where(v => v.Hour == hour && ids.Contains(v.ArticleId)).ToDictionaryAsync(v => v.ArticleId, cancellationToken);
        foreach (var id in stories)
        {
            if (rows.TryGetValue(id, out var row))
            {
                row.Views += views[id];
            }
            else
            {
                db.StoryViewCounts.Add(new StoryViewCount { ArticleId = id, Hour = hour, Views = views[id] });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
