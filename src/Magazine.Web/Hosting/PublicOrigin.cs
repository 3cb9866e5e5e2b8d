using Microsoft.Extensions.Options;

namespace Magazine.Web.Hosting;

/// <summary>
/// The scheme and host every absolute address on the site begins with (canonical links,
/// Open Graph, feeds, sitemaps, robots.txt, structured data, exports). With
/// <c>Magazine:Site:BaseUrl</c> set it is that address and never the request's Host
/// header, which a client chooses; unset (running locally), it is the request's own.
/// </summary>
public sealed class PublicOrigin
{
    public PublicOrigin(IOptions<MagazineOptions> options)
    {
        if (Parse(options.Value.Site.BaseUrl) is { } configured)
        {
            Configured = configured;
            Host = configured.IsDefaultPort ? new HostString(configured.IdnHost) : new HostString(configured.IdnHost, configured.Port);
            Canonical = $"{configured.Scheme}://{Host}";
        }
    }

    /// <summary>The configured base address, or null when the request's host is trusted.</summary>
    public Uri? Configured { get; }

    /// <summary>The configured host as a Host header carries it (no port when it is the scheme's own).</summary>
    public HostString Host { get; }

    /// <summary>"https://magazine.example" (no trailing slash), or null when not configured.</summary>
    public string? Canonical { get; }

    public string Of(HttpRequest request) => Canonical ?? $"{request.Scheme}://{request.Host}";

    /// <summary>Whether a request for this host belongs here: always, unless a base address names another.</summary>
    public bool Serves(HostString host)
    {
        if (Configured is not { } configured)
        {
            return true;
        }
        return string.Equals(host.Host, configured.IdnHost, StringComparison.OrdinalIgnoreCase)
            && (host.Port is not { } port ? configured.IsDefaultPort : port == configured.Port);
    }

    public const string Requirement = "Magazine:Site:BaseUrl must be the site's public address with nothing after the host, such as https://magazine.example.";

    /// <summary>An absolute http(s) address with nothing after the host; empty means not configured.</summary>
    public static bool TryParse(string? baseUrl, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return true;
        }
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("https" or "http")
            || parsed.AbsolutePath != "/" || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.UserInfo.Length > 0)
        {
            return false;
        }
        uri = parsed;
        return true;
    }

    private static Uri? Parse(string? baseUrl) =>
        TryParse(baseUrl, out var uri) ? uri : throw new InvalidOperationException(Requirement);
}
