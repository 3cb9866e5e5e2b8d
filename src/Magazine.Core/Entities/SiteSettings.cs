namespace Magazine.Core.Entities;

/// <summary>
/// The site's editable identity and policies: one row. Seeded from configuration on a
/// fresh data folder, then owned by the administrators through the admin area.
/// </summary>
public class SiteSettings
{
    public int Id { get; set; }
    public string SiteName { get; set; } = "Magazine";
    public string? Tagline { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>Markdown source of the publisher blurb in the footer.</summary>
    public string? PublisherBlurb { get; set; }

    /// <summary>Sanitised HTML of the blurb, generated on save.</summary>
    public string? PublisherBlurbHtml { get; set; }

    /// <summary>The Arabic edition's name, tagline and blurb; each falls back to the one above when empty.</summary>
    public string? ArabicSiteName { get; set; }
    public string? ArabicTagline { get; set; }
    public string? ArabicPublisherBlurb { get; set; }
    public string? ArabicPublisherBlurbHtml { get; set; }

    /// <summary>Raw ad markup. Only administrators may set it; it is never mixed with user content.</summary>
    public string? AdHeader { get; set; }
    public string? AdInArticle { get; set; }
    public string? AdSidebar { get; set; }

    /// <summary>Hosts that ad markup loads from; named in the Content-Security-Policy.</summary>
    public string? AdHosts { get; set; }
    public int PageSize { get; set; } = 10;

    /// <summary>IANA time zone in which the newsroom enters and reads schedule times.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Hosts allowed as iframe sources in stories, one per line or comma-separated.</summary>
    public string EmbedHosts { get; set; } = "www.youtube.com, www.youtube-nocookie.com, player.vimeo.com";
    public CommentModeration CommentModeration { get; set; } = CommentModeration.FirstTime;
    public int CommentsCloseAfterDays { get; set; }
    public int CommentRateLimitPerMinute { get; set; } = 5;
    public DateTime UpdatedAt { get; set; }
}
