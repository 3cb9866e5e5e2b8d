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
        // A header carries ASCII only: a host stored before the settings form refused the others
        // is left out of the policy (its frames and scripts stay blocked), not sent to fail every page.
        var ads = string.Concat(adHosts.Where(IsHostSource).Select(h => " https://" + h));
        var frames = string.Concat(embedHosts.Concat(adHosts).Where(IsHostSource).Distinct().Select(h => " https://" + h));
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

    /// <summary>
    /// A host name the policy can name: a DNS name in ASCII (an international name in its
    /// xn-- form), as a header's value must be.
    /// </summary>
    public static bool IsHostSource(string host) =>
        host.Length > 0
        && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
        && Uri.CheckHostName(host) == UriHostNameType.Dns;
}
