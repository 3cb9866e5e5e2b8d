using Magazine.Web.Queries;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Gives an address that found nothing a second chance: if it is a known old address, it
/// answers 301 to the content's current one. Only GET and HEAD that ended in 404 pay the
/// lookup, so live pages never do; the one exception is the home page with a query string,
/// which always answers 200 and so would hide old query addresses such as WordPress's /?p=123.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next)
{
    private const int MaxLookupLength = 1000;

    public async Task InvokeAsync(HttpContext context, RedirectQuery redirects)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var tooLong = path.Length + request.QueryString.Value?.Length > MaxLookupLength;
        if (isRead && !tooLong && path == "/" && request.QueryString.HasValue
            && await redirects.FindTargetAsync(path + request.QueryString.Value, context.RequestAborted) is { } early)
        {
            Redirect(context, early);
            return;
        }
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted || !isRead || tooLong)
        {
            return;
        }
        var target = await redirects.FindTargetAsync(path + request.QueryString.Value, context.RequestAborted)
            ?? (request.QueryString.HasValue ? await redirects.FindTargetAsync(path, context.RequestAborted) : null)
            ?? (path.Contains("//", StringComparison.Ordinal)
                ? await redirects.FindTargetAsync(SiteTransfer.Source.OldAddress.CollapseSlashes(path) + request.QueryString.Value, context.RequestAborted)
                : null);
        if (target is not null)
        {
            Redirect(context, target);
        }
    }

    private static void Redirect(HttpContext context, string target)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = target;
    }
}
