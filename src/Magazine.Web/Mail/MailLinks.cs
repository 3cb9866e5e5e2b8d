using Magazine.Web.Hosting;

namespace Magazine.Web.Mail;

/// <summary>
/// Absolute addresses for messages. From Magazine:Site:BaseUrl when it is set; otherwise from
/// the request being served, or, for messages queued in the background (digests), the last
/// address the site was reached at: set BaseUrl on a real site.
/// </summary>
public sealed class MailLinks(PublicOrigin origin, IHttpContextAccessor http)
{
    private string? _lastSeen;

    public string Origin
    {
        get
        {
            if (origin.Canonical is { } canonical)
            {
                return canonical;
            }
            if (http.HttpContext?.Request is { } request)
            {
                return _lastSeen = origin.Of(request);
            }
            return _lastSeen ?? "http://localhost:5000";
        }
    }

    /// <summary>An absolute address of a path in an edition ("/newsletter/confirm" → "https://…/ar/newsletter/confirm").</summary>
    public string To(Edition edition, string path, string? token = null) =>
        Origin + edition.Url(path) + (token is null ? "" : "?t=" + Uri.EscapeDataString(token));

    public string Absolute(string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathOrUrl
            : Origin + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}
