using Magazine.Web.Hosting;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// Serves every page of the site in each edition: an address under an edition's prefix
/// ("/ar/section/world") is handled as the site path ("/section/world") with the prefix
/// moved into the path base. Routing, link generation and re-executed error pages then
/// all stay in the edition without a second set of routes; the request culture is read
/// from the path base (see <see cref="MagazineLocalization"/>).
/// </summary>
public sealed class EditionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var edition = Edition.All.FirstOrDefault(e => !e.IsDefault && request.Path.StartsWithSegments(e.Prefix, out _));
        if (edition is null)
        {
            await next(context);
            return;
        }
        var originalBase = request.PathBase;
        var originalPath = request.Path;
        request.Path.StartsWithSegments(edition.Prefix, out var rest);
        request.PathBase = originalBase.Add(edition.Prefix);
        request.Path = rest.HasValue ? rest : "/";
        try
        {
            await next(context);
        }
        finally
        {
            request.PathBase = originalBase;
            request.Path = originalPath;
        }
    }
}
