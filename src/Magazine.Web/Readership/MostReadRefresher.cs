using Microsoft.Extensions.Options;

namespace Magazine.Web.Readership;

/// <summary>Reads the most-read lists again about once a minute, once a reader has asked for them and views have been written since.</summary>
public sealed class MostReadRefresher(
    MostReadBoard board, ViewFlusher flusher, TimeProvider clock, IOptions<ReadershipOptions> options, ILogger<MostReadRefresher> logger)
    : BackgroundService
{
    private int _viewsWritten;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        flusher.Flushed += () => Interlocked.Exchange(ref _viewsWritten, 1);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.MostReadSeconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!board.IsLoaded || Interlocked.Exchange(ref _viewsWritten, 0) == 0)
                {
                    continue;
                }
                try
                {
                    await board.RefreshAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
                {
                    logger.LogWarning(exception, "Could not read the most-read lists; the last ones stay.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
