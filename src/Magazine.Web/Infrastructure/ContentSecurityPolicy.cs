namespace Magazine.Web.Infrastructure;

/// <summary>
/// The site's Content-Security-Policy. No inline script anywhere (scripts are files under
/// wwwroot); the only foreign script hosts are the ad hosts an administrator names, and
/// the only foreign frames are the embed hosts stories may use. Inline style attributes
/// stay allowed because sanitised story HTML may carry harmless ones.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string Build(IReadOnlyCollection<string> adHosts, IReadOnlyCollection<string> embedHosts)
    {
        var ads = string.Concat(adHosts.Select(h => " https://" + h));
        var frames = string.Concat(embedHosts.Concat(adHosts).Distinct().Select(h => " https://" + h));
        return "default-src 'self'; "
            + $"script-src 'self'{ads}; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https: http:; "
            + "font-src 'self'; "
            + "connect-src 'self'; "
            + $"frame-src 'self'{frames}; "
            + "frame-ancestors 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'";
    }
}
