using Magazine.Web.Queries;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Gives an address that found nothing a second chance: if it is a known old address, it
/// answers 301 to the content's current one. Only GET and HEAD that ended in 404 pay the
/// lookup, so live pages never do.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next)
{
    private const int MaxLookupLength = 1000;

    public async Task InvokeAsync(HttpContext context, RedirectQuery redirects)
    {
        await next(context);
        var request = context.Request;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return;
        }
        var path = request.Path.Value ?? "";
        if (path.Length + request.QueryString.Value?.Length > MaxLookupLength)
        {
            return;
        }
        var target = await redirects.FindTargetAsync(path + request.QueryString.Value, context.RequestAborted)
            ?? (request.QueryString.HasValue ? await redirects.FindTargetAsync(path, context.RequestAborted) : null);
        if (target is not null)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
        }
    }
}
