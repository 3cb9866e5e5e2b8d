namespace Magazine.Web.Readership;

/// <summary>
/// Counts a story view whether the page was rendered or served from the output cache. The
/// story page names its story in a response header, which the cache stores with the page;
/// this middleware, outside the cache, reads it as the answer starts and removes it, so
/// readers never see it. Nothing about the reader is kept (<see cref="HumanReaders"/>).
/// </summary>
public sealed class ViewCounting(RequestDelegate next, ViewCounter counter)
{
    private const string Header = "X-Magazine-Story";

    /// <summary>Called by the story page: this answer shows the story to a reader.</summary>
    public static void Mark(HttpResponse response, int storyId) => response.Headers[Header] = storyId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }
        var reading = HumanReaders.IsReading(context.Request);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (headers.Remove(Header, out var value) && reading
                && context.Response.StatusCode == StatusCodes.Status200OK && int.TryParse(value, out var id))
            {
                counter.Count(id);
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
