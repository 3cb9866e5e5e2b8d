using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Caching;

/// <summary>
/// One render of a reader page at a time. A reader who asks for a page while another
/// request renders it (the cache could not answer) waits for that render to end and then
/// asks the cache, instead of rendering the same page beside it. Publishing evicts the home
/// page, which a fifth of readers ask for: without this, each of them rendered it until the
/// first render was stored, dozens at once on two cores, and the new story took over a
/// second to show.
/// <para>
/// The waiter is answered by the cache like any other reader, never handed the render it
/// waited for: a render begun before a change is refused by the store
/// (<see cref="GuardedOutputCacheStore"/>), so a reader told of that change misses and
/// renders the page itself. The framework's own locking hands waiters the render directly,
/// which is why it stays off (<see cref="ReaderPagePolicy"/>).
/// </para>
/// </summary>
public sealed class ReaderRendersInFlight
{
    /// <summary>A render slower than this no longer holds its waiters back: they render the page themselves.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Task> _renders = new();
    private int _waiting;

    /// <summary>Readers now waiting for a render of their page.</summary>
    internal int Waiting => Volatile.Read(ref _waiting);

    /// <summary>In front of the page cache: waits for a render of the same page in flight, if there is one.</summary>
    public async Task WaitAsync(HttpContext context, RequestDelegate next)
    {
        if (!_renders.IsEmpty && MayWait(context) && _renders.TryGetValue(Key(context), out var render))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                await render.WaitAsync(LongestWait, context.RequestAborted);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
        await next(context);
    }

    /// <summary>
    /// Behind the page cache, so reached only on a miss: a page the cache will store is in
    /// flight until its answer is complete, by which time the cache holds it.
    /// </summary>
    public Task LeadAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true })
        {
            var key = Key(context);
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_renders.TryAdd(key, done.Task))
            {
                context.Response.OnCompleted(() =>
                {
                    _renders.TryRemove(new KeyValuePair<string, Task>(key, done.Task));
                    done.TrySetResult();
                    return Task.CompletedTask;
                });
            }
        }
        return next(context);
    }

    /// <summary>Only requests the page cache may answer wait.</summary>
    private static bool MayWait(HttpContext context) =>
        ReaderPagePolicy.IsAnonymousRead(context) && ReaderRenderGate.IsReaderPage(context);

    /// <summary>What the page cache tells answers apart by: the address and the encodings accepted.</summary>
    private static string Key(HttpContext context)
    {
        var request = context.Request;
        return string.Concat(request.Method, " ", request.Host.Value, request.Path.Value, request.QueryString.Value, " ", request.Headers.AcceptEncoding.ToString());
    }
}
