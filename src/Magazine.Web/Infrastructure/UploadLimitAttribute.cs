using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// For an action whose form carries a file: caps the request at the given size and reads the
/// form before the antiforgery check does, so a body over the cap answers 413 (the site's
/// error page) instead of a puzzling 400.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public class UploadLimitAttribute(long maxRequestBytes) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the authorization policies, before <see cref="AutoValidateAntiforgeryTokenAttribute"/> (1000).</summary>
    public int Order => 950;

    public long MaxRequestBytes { get; } = maxRequestBytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }
        if (!http.Request.HasFormContentType)
        {
            return;
        }
        try
        {
            await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes, BufferBodyLengthLimit = MaxRequestBytes }, http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            RefuseAsTooLarge(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            RefuseAsTooLarge(context);
        }
    }

    private static void RefuseAsTooLarge(AuthorizationFilterContext context)
    {
        // The error page is rendered by re-executing this request; an empty form lets its
        // model binding run instead of failing on the unreadable body a second time.
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
