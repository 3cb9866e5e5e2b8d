using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Caching;

/// <summary>
/// Compresses responses to anonymous visitors only. Pages for signed-in users carry
/// antiforgery tokens next to text the visitor can influence; compressing those over
/// HTTPS would open them to BREACH-style guessing, and they are never cached anyway.
/// </summary>
public sealed class AnonymousOnlyCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && base.ShouldCompressResponse(context);
}
