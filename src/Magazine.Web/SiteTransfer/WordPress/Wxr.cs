using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>The names WXR files use, and the extra names Magazine writes so its own export comes back whole.</summary>
public static partial class Wxr
{
    public const string Version = "1.2";
    public static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    public static readonly XNamespace Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Wfw = "http://wellformedweb.org/CommentAPI/";

    /// <summary>Magazine's own fields (an author's bio); WordPress and other readers skip unknown elements.</summary>
    public static readonly XNamespace Magazine = "urn:magazine:export:1.0";

    /// <summary>WordPress's own meta key for the status a post had before it went to the trash.</summary>
    public const string TrashStatusMeta = "_wp_trash_meta_status";
    public const string ThumbnailMeta = "_thumbnail_id";
    public const string MarkdownMeta = "_magazine_markdown";

    /// <summary>"html" when the body source in <see cref="MarkdownMeta"/> is HTML; absent for Markdown.</summary>
    public const string BodyFormatMeta = "_magazine_body_format";
    public const string LanguageMeta = "_magazine_language";
    public const string CreatedMeta = "_magazine_created_at";
    public const string HeroImageMeta = "_magazine_hero_image";
    public const string HeroAltMeta = "_magazine_hero_alt";
    public const string SortOrderMeta = "_magazine_sort_order";
    public const string DeletedMeta = "_magazine_deleted_at";

    /// <summary>An address that answered 301 to this post, page or term on the exporting site; one entry per address.</summary>
    public const string OldPathMeta = "_magazine_old_path";

    /// <summary>A channel element for an old address with a fixed target (an old feed): from and to attributes.</summary>
    public static readonly XName Redirect = Magazine + "redirect";

    /// <summary>WXR 1.0, 1.1 and 1.2 differ in the version in their namespace and in http or https.</summary>
    public static bool IsWp(XName name, string localName) =>
        name.LocalName == localName && WpNamespace().IsMatch(name.NamespaceName);

    public static bool IsExcerpt(XName name) =>
        name.LocalName == "encoded" && ExcerptNamespace().IsMatch(name.NamespaceName);

    public static XElement? WpElement(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => IsWp(e.Name, localName));

    public static IEnumerable<XElement> WpElements(this XElement parent, string localName) =>
        parent.Elements().Where(e => IsWp(e.Name, localName));

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/$")]
    private static partial Regex WpNamespace();

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/excerpt/$")]
    private static partial Regex ExcerptNamespace();
}
