using Magazine.Core.Entities;

namespace Magazine.Web.Hosting;

/// <summary>An immutable snapshot of the site's settings and sections, shared by every request until they change.</summary>
public sealed record SiteIdentity(
    string Name,
    string? Tagline,
    string? ContactEmail,
    string? PublisherBlurbHtml,
    string? AdHeader,
    string? AdInArticle,
    string? AdSidebar,
    IReadOnlyList<string> AdHosts,
    int PageSize,
    TimeZoneInfo TimeZone,
    IReadOnlyList<string> EmbedHosts,
    CommentModeration CommentModeration,
    int CommentsCloseAfterDays,
    int CommentRateLimitPerMinute,
    IReadOnlyList<SectionLink> Sections,
    string? ArabicName = null,
    string? ArabicTagline = null,
    string? ArabicPublisherBlurbHtml = null)
{
    /// <summary>The site's name in an edition (the current one by default): its own version where there is one.</summary>
    public string NameIn(Edition? edition = null) => (edition ?? Edition.Current).Pick(Name, ArabicName);

    public string? TaglineIn(Edition? edition = null) =>
        (edition ?? Edition.Current) == Edition.Arabic && !string.IsNullOrWhiteSpace(ArabicTagline) ? ArabicTagline : Tagline;

    public string? BlurbHtmlIn(Edition? edition = null) =>
        (edition ?? Edition.Current) == Edition.Arabic && !string.IsNullOrWhiteSpace(ArabicPublisherBlurbHtml) ? ArabicPublisherBlurbHtml : PublisherBlurbHtml;

    /// <summary>Built once per settings snapshot, not per response.</summary>
    public string ContentSecurityPolicy { get; } = Infrastructure.ContentSecurityPolicy.Build(AdHosts, EmbedHosts);
}

public sealed record SectionLink(int Id, string Name, string Slug, string? ArabicName)
{
    /// <summary>The name in the current edition.</summary>
    public string Label => Edition.Current.Pick(Name, ArabicName);
}
