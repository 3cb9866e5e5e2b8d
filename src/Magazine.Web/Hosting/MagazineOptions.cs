using Magazine.Core.Entities;

namespace Magazine.Web.Hosting;

/// <summary>The "Magazine" section of configuration.</summary>
public sealed class MagazineOptions
{
    public const string Section = "Magazine";

    /// <summary>Folder for everything the site stores (database, uploads, keys). Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Folder for uploaded images when it is not the data folder's <c>uploads</c>: a directory
    /// every instance of the site mounts (NFS, a cloud file share), so an image uploaded
    /// through one is served by all. Relative paths are under the content root.
    /// </summary>
    public string? MediaDirectory { get; set; }

    /// <summary>Seed the demo magazine into an empty database on first run.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>Cache anonymous reader pages in memory (turned off only to measure without it).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// Memory the page cache may hold, in megabytes (bodies and headers of every cached page
    /// and encoding). When full, the least recently used pages make way and are rendered again.
    /// </summary>
    public int OutputCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// Reader pages rendered at once when the page cache cannot answer; more wait in line
    /// (<see cref="Caching.ReaderRenderGate"/>). 0, the default, sets no bound: on the news
    /// day a bound made a hot story's re-render wait behind the archive's misses (bench/RESULTS.md).
    /// </summary>
    public int ConcurrentRenders { get; set; }

    /// <summary>Renders that may wait for their turn; past that, readers get the busy page (503) with a Retry-After.</summary>
    public int QueuedRenders { get; set; } = 2_000;

    /// <summary>Marks answers served from the page cache with an X-Reader-Cache header (tests and the benchmark; off in production).</summary>
    public bool CacheHeader { get; set; }

    /// <summary>
    /// Benchmark only: a folder served as plain static files under /bench-static, to
    /// measure the same server's upper bound beside the real pages. Unset in production.
    /// </summary>
    public string? BenchStaticFolder { get; set; }

    /// <summary>
    /// Sign-in and registration posts per client per minute; 0 turns the limit off. It caps
    /// the pace of any client; <see cref="SignInThrottle"/> slows one that keeps failing.
    /// </summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    public Accounts.SignInThrottleOptions SignInThrottle { get; set; } = new();

    /// <summary>Initial site identity, copied into the database on a fresh data folder.</summary>
    public SiteOptions Site { get; set; } = new();

    public CommentOptions Comments { get; set; } = new();

    /// <summary>What each edition lists and how the Arabic one writes dates and numbers (read at start).</summary>
    public Editions.EditionOptions Editions { get; set; } = new();

    public ReverseProxyOptions ReverseProxy { get; set; } = new();

    /// <summary>URLs per sitemap file before /sitemap.xml becomes an index (the protocol's limit, 50,000, at most).</summary>
    public int SitemapUrlsPerFile { get; set; } = 50_000;
}

/// <summary>Running behind nginx or a load balancer: trust its X-Forwarded-* headers, from these addresses only.</summary>
public sealed class ReverseProxyOptions
{
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies allowed to set forwarded headers; loopback is always trusted.</summary>
    public string[] KnownProxies { get; set; } = [];
}

public sealed class SiteOptions
{
    /// <summary>
    /// The site's public address (https://magazine.example). When set, every absolute
    /// address is built from it and requests for other hosts are redirected or refused
    /// (<see cref="PublicOrigin"/>); unset, the request's own host is used, as when running locally.
    /// </summary>
    public string? BaseUrl { get; set; }

    public string Name { get; set; } = "Magazine";
    public string? Tagline { get; set; }
    public string? ContactEmail { get; set; }
    public string? PublisherBlurb { get; set; }

    /// <summary>The Arabic edition's name, tagline and blurb (Markdown); empty falls back to the ones above.</summary>
    public string? ArabicName { get; set; }
    public string? ArabicTagline { get; set; }
    public string? ArabicPublisherBlurb { get; set; }
    public string? AdHeader { get; set; }
    public string? AdInArticle { get; set; }
    public string? AdSidebar { get; set; }
    public string? AdHosts { get; set; }
    public int PageSize { get; set; } = 10;
    public string TimeZone { get; set; } = "UTC";
    public string? EmbedHosts { get; set; }
}

public sealed class CommentOptions
{
    public CommentModeration Moderation { get; set; } = CommentModeration.FirstTime;
    public int RateLimitPerMinute { get; set; } = 5;
    public int CloseAfterDays { get; set; }

    /// <summary>Seconds a person needs at least between seeing the form and posting; faster posts are refused.</summary>
    public int MinimumSecondsBeforePosting { get; set; } = 3;

    /// <summary>
    /// Hours a comment form stays valid after it was shown (at least 1). It must outlast the
    /// page cache, which serves the form to every guest for up to ten minutes; an expired form
    /// comes back with the reader's text and a fresh note, so they only post again.
    /// </summary>
    public int FormLifetimeHours { get; set; } = 24;

    /// <summary>How long signed-in readers may edit or delete their own comment.</summary>
    public int OwnerEditMinutes { get; set; } = 15;
}
