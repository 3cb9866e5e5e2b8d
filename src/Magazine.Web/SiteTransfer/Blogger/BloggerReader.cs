using System.Xml;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.Blogger;

/// <summary>
/// Reads a Blogger export entry by entry: the "Back up content" Atom file (entries classified
/// by their kind# category, replies marked by a rel="related" link) and the Takeout
/// feed.atom (blogger:type, blogger:status, blogger:parent, blogger:inReplyTo).
/// </summary>
public static class BloggerReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Takeout = "http://schemas.google.com/blogger/2018";
    private static readonly XNamespace AtomPub = "http://purl.org/atom/app#";
    private static readonly XNamespace Thread = "http://purl.org/syndication/thread/1.0";
    private static readonly XNamespace GData = "http://schemas.google.com/g/2005";
    private const string KindScheme = "http://schemas.google.com/g/2005#kind";
    private const string LabelScheme = "http://www.blogger.com/atom/ns#";
    private const string NoReplyEmail = "noreply@blogger.com";

    public static readonly IReadOnlyList<string> FeedPaths = ["/feeds/posts/default", "/feeds/posts/summary", "/atom.xml", "/rss.xml"];

    public static IEnumerable<SourceItem> Read(Stream stream) => ExportXml.Read(stream, ReadFeed);

    private static IEnumerable<SourceItem> ReadFeed(XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "feed" || xml.NamespaceURI != Atom.NamespaceName)
        {
            throw ExportFormatException.At(xml as IXmlLineInfo, FormatHint.NotExpected("a Blogger export (an Atom <feed>)", xml));
        }
        string? title = null, address = null;
        var siteSent = false;
        var feed = new FeedState();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1)
            {
                continue;
            }
            var element = ExportXml.ReadElement(xml);
            if (element.Name == Atom + "title")
            {
                title = element.NonEmpty();
            }
            else if (element.Name == Atom + "link" && (string?)element.Attribute("rel") == "alternate")
            {
                address = (string?)element.Attribute("href");
            }
            else if (element.Name == Atom + "entry")
            {
                if (!siteSent)
                {
                    siteSent = true;
                    yield return new SourceSite(title, address, FeedPaths);
                }
                foreach (var item in ReadEntry(element, feed))
                {
                    yield return item;
                }
            }
        }
        if (!siteSent)
        {
            yield return new SourceSite(title, address, FeedPaths);
        }
    }

    /// <summary>What one entry tells the next: labels and authors already sent, and the blog's line-break setting.</summary>
    private sealed class FeedState
    {
        public HashSet<string> Labels { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Authors { get; } = new(StringComparer.Ordinal);

        /// <summary>Blogger's "convert line breaks" setting: when on, Blogger showed every line break in a body as a break.</summary>
        public bool ConvertLineBreaks { get; set; }
    }

    private static IEnumerable<SourceItem> ReadEntry(XElement entry, FeedState feed)
    {
        var labels = feed.Labels;
        var authors = feed.Authors;
        var id = entry.Element(Atom + "id").NonEmpty() ?? throw ExportFormatException.At(entry, "An <entry> has no <id>");
        var kind = KindOf(entry);
        switch (kind)
        {
            case "post" or "page":
                var post = ReadPost(entry, id, kind == "page");
                if (feed.ConvertLineBreaks)
                {
                    post = post with { Html = BloggerLineBreaks.Apply(post.Html) };
                }
                if (post.AuthorKey is not null && authors.Add(post.AuthorKey))
                {
                    var name = entry.Element(Atom + "author")?.Element(Atom + "name").NonEmpty() ?? "Unknown";
                    yield return new SourceAuthor(post.AuthorKey, name, null);
                }
                foreach (var term in post.Terms.Where(t => labels.Add(t.Key)))
                {
                    yield return new SourceTerm(TermKind.Label, term.Key, term.Name) { OldPaths = ["/search/label/" + term.Name.ToLowerInvariant()] };
                }
                yield return post;
                break;
            case "comment":
                yield return ReadComment(entry, id);
                break;
            case "settings":
                if (id.EndsWith(".settings.BLOG_CONVERT_LINE_BREAKS", StringComparison.Ordinal))
                {
                    feed.ConvertLineBreaks = string.Equals(entry.Element(Atom + "content").NonEmpty(), "true", StringComparison.OrdinalIgnoreCase);
                }
                yield return new SourceSkipped("setting", id, "blog settings are not imported");
                break;
            case "template":
                yield return new SourceSkipped("template", id, "the blog's theme is not imported");
                break;
            default:
                yield return new SourceSkipped(kind ?? "entry", id, "an entry of unknown kind");
                break;
        }
    }

    /// <summary>"post", "page", "comment", "settings", "template", from either schema.</summary>
    private static string? KindOf(XElement entry)
    {
        var type = entry.Element(Takeout + "type").NonEmpty();
        if (type is not null)
        {
            return type.ToLowerInvariant();
        }
        var term = entry.Elements(Atom + "category")
            .Where(c => (string?)c.Attribute("scheme") == KindScheme)
            .Select(c => (string?)c.Attribute("term"))
            .FirstOrDefault();
        var hash = term?.LastIndexOf("kind#", StringComparison.Ordinal) ?? -1;
        return hash < 0 ? null : term![(hash + 5)..];
    }

    private static SourcePost ReadPost(XElement entry, string id, bool isPage)
    {
        var status = PostStatus(entry);
        var published = ExportXml.IsoTime(entry.Element(Atom + "published"));
        var updated = ExportXml.IsoTime(entry.Element(Atom + "updated")) ?? published;
        var created = ExportXml.IsoTime(entry.Element(Takeout + "created")) ?? published ?? updated;
        var oldUrl = entry.Element(Takeout + "filename").NonEmpty() ?? AlternateLink(entry);
        var oldPath = OldAddress.Of(oldUrl);
        var author = entry.Element(Atom + "author");
        return new SourcePost
        {
            ExternalId = id,
            IsPage = isPage,
            Title = entry.Element(Atom + "title").NonEmpty(),
            TitleIsText = (string?)entry.Element(Atom + "title")?.Attribute("type") is null or "text",
            Slug = SlugOf(oldPath),
            Html = entry.Element(Atom + "content").Text(),
            Excerpt = entry.Element(Takeout + "metaDescription").NonEmpty(),
            Status = status,
            PublishedAt = status == SourceStatus.Published ? published ?? created : null,
            CreatedAt = created ?? throw ExportFormatException.At(entry, $"Entry {id} has no <published> date"),
            UpdatedAt = updated ?? created.Value,
            AuthorKey = author is null ? null : AuthorKey(author),
            Terms = entry.Elements(Atom + "category")
                .Where(c => (string?)c.Attribute("scheme") != KindScheme && !string.IsNullOrWhiteSpace((string?)c.Attribute("term")))
                .Select(c => ((string)c.Attribute("term")!).Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(name => new SourceTermRef(TermKind.Label, name, name))
                .ToList(),
            OldPaths = oldPath is null ? CommentFeed(id, isPage) : [oldPath, .. CommentFeed(id, isPage)],
        };
    }

    /// <summary>Blogger's per-post comment feed, "/feeds/POSTID/comments/default": it answers with the story.</summary>
    private static string[] CommentFeed(string id, bool isPage)
    {
        var at = id.LastIndexOf(".post-", StringComparison.Ordinal);
        return isPage || at < 0 ? [] : [$"/feeds/{id[(at + 6)..]}/comments/default"];
    }

    private static SourceStatus PostStatus(XElement entry)
    {
        var status = entry.Element(Takeout + "status").NonEmpty()?.ToUpperInvariant();
        if (status is not null)
        {
            return status switch
            {
                "LIVE" or "SCHEDULED" => SourceStatus.Published,
                "SOFT_TRASHED" or "TRASHED" => SourceStatus.Trashed,
                _ => SourceStatus.Draft,
            };
        }
        var draft = entry.Element(AtomPub + "control")?.Element(AtomPub + "draft").NonEmpty();
        return string.Equals(draft, "yes", StringComparison.OrdinalIgnoreCase) ? SourceStatus.Draft : SourceStatus.Published;
    }

    private static SourceComment ReadComment(XElement entry, string id)
    {
        // Comment ids share the ".post-N" form with posts: "tag:blogger.com,1999:blog-B.post-N".
        var blogPrefix = id[..Math.Max(0, id.LastIndexOf(".post-", StringComparison.Ordinal))];
        var target = entry.Element(Takeout + "parent").NonEmpty()
            ?? (string?)entry.Element(Thread + "in-reply-to")?.Attribute("ref")
            ?? throw ExportFormatException.At(entry, $"Comment {id} does not say which post it belongs to");
        var author = entry.Element(Atom + "author");
        var email = author?.Element(Atom + "email").NonEmpty();
        var published = ExportXml.IsoTime(entry.Element(Atom + "published"))
            ?? throw ExportFormatException.At(entry, $"Comment {id} has no <published> date");
        var removed = entry.Elements(GData + "extendedProperty")
            .Any(p => (string?)p.Attribute("name") == "blogger.contentRemoved" && (string?)p.Attribute("value") == "true");
        return new SourceComment
        {
            ExternalId = id,
            // Comments on pages name the page as ".post-N" while the page itself is ".page-N".
            TargetIds = new[] { target, ReplaceLast(target, ".post-", ".page-"), ReplaceLast(target, ".page-", ".post-") }.Distinct().ToList(),
            ParentId = ParentOf(entry, blogPrefix),
            AuthorName = author?.Element(Atom + "name").NonEmpty() ?? "Anonymous",
            AuthorEmail = string.Equals(email, NoReplyEmail, StringComparison.OrdinalIgnoreCase) ? null : email,
            AuthorUrl = author?.Element(Atom + "uri").NonEmpty(),
            Html = entry.Element(Atom + "content").Text(),
            CreatedAt = published,
            Status = CommentStatusOf(entry.Element(Takeout + "status").NonEmpty()),
            DeletedAt = removed ? ExportXml.IsoTime(entry.Element(Atom + "updated")) ?? published : null,
        };
    }

    private static string? ParentOf(XElement entry, string blogPrefix)
    {
        var inReplyTo = entry.Element(Takeout + "inReplyTo").NonEmpty();
        if (inReplyTo is not null)
        {
            return inReplyTo.StartsWith("tag:", StringComparison.Ordinal) ? inReplyTo : $"{blogPrefix}.post-{inReplyTo}";
        }
        // The older schema marks a reply only by a link to the parent comment's own feed entry.
        var related = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") == "related")
            .Select(l => (string?)l.Attribute("href"))
            .FirstOrDefault(h => h is not null);
        if (related is null)
        {
            return null;
        }
        var number = related.TrimEnd('/')[(related.TrimEnd('/').LastIndexOf('/') + 1)..];
        return $"{blogPrefix}.post-{number}";
    }

    private static CommentStatus CommentStatusOf(string? status) => status?.ToUpperInvariant() switch
    {
        null or "LIVE" => CommentStatus.Approved,
        var s when s.Contains("SPAM", StringComparison.Ordinal) => CommentStatus.Spam,
        var s when s.Contains("TRASH", StringComparison.Ordinal) || s.Contains("DELETED", StringComparison.Ordinal) => CommentStatus.Rejected,
        _ => CommentStatus.Pending,
    };

    private static string AuthorKey(XElement author)
    {
        var uri = author.Element(Atom + "uri").NonEmpty();
        var name = author.Element(Atom + "name").NonEmpty() ?? "Unknown";
        return uri is null ? "blogger-author:" + name : uri;
    }

    private static string? AlternateLink(XElement entry) => entry.Elements(Atom + "link")
        .Where(l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("type") is null or "text/html")
        .Select(l => (string?)l.Attribute("href"))
        .FirstOrDefault();

    /// <summary>"/2017/05/my-story.html" gives "my-story"; "/p/about.html" gives "about".</summary>
    private static string? SlugOf(string? oldPath)
    {
        if (oldPath is null)
        {
            return null;
        }
        var last = oldPath[(oldPath.LastIndexOf('/') + 1)..];
        return last.EndsWith(".html", StringComparison.Ordinal) ? last[..^5] : last;
    }

    private static string ReplaceLast(string value, string find, string replace)
    {
        var at = value.LastIndexOf(find, StringComparison.Ordinal);
        return at < 0 ? value : string.Concat(value.AsSpan(0, at), replace, value.AsSpan(at + find.Length));
    }
}
