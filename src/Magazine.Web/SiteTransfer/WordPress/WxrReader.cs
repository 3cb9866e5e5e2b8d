using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>
/// Reads a WordPress export (WXR 1.0 to 1.2) one channel element at a time: authors, categories
/// and tags, then items (posts and pages with their comments; attachments, menu items and
/// other types are reported as skipped).
/// </summary>
public static partial class WxrReader
{
    public static readonly IReadOnlyList<string> FeedPaths = ["/feed/", "/feed/rss2/", "/feed/atom/", "/?feed=rss2", "/?feed=atom"];

    public static IEnumerable<SourceItem> Read(Stream stream) => ExportXml.Read(stream, ReadRss);

    private static IEnumerable<SourceItem> ReadRss(XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "rss" || xml.NamespaceURI.Length != 0)
        {
            throw ExportFormatException.At(xml as IXmlLineInfo, FormatHint.NotExpected("a WordPress export (WXR)", xml));
        }
        var channel = new ChannelState();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != 2)
            {
                continue;
            }
            var element = ExportXml.ReadElement(xml);
            foreach (var item in channel.Read(element))
            {
                yield return item;
            }
        }
        if (!channel.HeaderDone)
        {
            throw ExportFormatException.At(xml as IXmlLineInfo, "This RSS file is not a WordPress export: it has no <wp:wxr_version>");
        }
    }

    private sealed class ChannelState
    {
        private string? _title, _link, _blogUrl, _siteUrl, _version;
        private XElement? _versionElement;
        private readonly Dictionary<string, string> _categoryParents = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _attachments = new(StringComparer.Ordinal);

        public bool HeaderDone { get; private set; }

        /// <summary>The blog's address without scheme or trailing slash: the stem of every external id.</summary>
        private string BlogKey { get; set; } = "";

        public IEnumerable<SourceItem> Read(XElement element)
        {
            var name = element.Name;
            if (name.NamespaceName.Length == 0 && name.LocalName is "title" or "link")
            {
                if (name.LocalName == "title") _title ??= element.NonEmpty();
                else _link ??= element.NonEmpty();
                yield break;
            }
            if (Wxr.IsWp(name, "wxr_version"))
            {
                _version = element.NonEmpty();
                _versionElement = element;
                yield break;
            }
            if (Wxr.IsWp(name, "base_blog_url"))
            {
                _blogUrl = element.NonEmpty();
                yield break;
            }
            if (Wxr.IsWp(name, "base_site_url"))
            {
                _siteUrl = element.NonEmpty();
                yield break;
            }
            if (name == Wxr.Redirect)
            {
                if ((string?)element.Attribute("from") is { Length: > 0 } from && (string?)element.Attribute("to") is { Length: > 0 } to)
                {
                    yield return new SourceRedirect(from, to);
                }
                yield break;
            }
            if (!(name.LocalName == "item" || Wxr.IsWp(name, "author") || Wxr.IsWp(name, "category") || Wxr.IsWp(name, "tag") || Wxr.IsWp(name, "term")))
            {
                yield break;
            }
            if (!HeaderDone)
            {
                yield return Header(element);
            }
            List<SourceItem> read;
            try
            {
                // Materialised here so a problem in one entry skips that entry alone, as WordPress does.
                read = name.LocalName switch
                {
                    "item" => Item(element).ToList(),
                    "author" => [Author(element)],
                    "category" => [Category(element)],
                    "tag" => [Tag(element)],
                    _ => Term(element).ToList(),
                };
            }
            catch (ExportFormatException e)
            {
                read = [new SourceSkipped(name.LocalName == "item" ? "item" : name.LocalName + " entry", Describe(element), e.Message)];
            }
            if (name.LocalName != "item" && UnreadMeta(element, "termmeta") is { } termMeta)
            {
                read.Add(new SourceSkipped(Metadata, Describe(element) + ": " + termMeta, "term meta is not imported: sections and tags have no custom fields"));
            }
            foreach (var item in read)
            {
                yield return item;
            }
        }

        private const string Metadata = "metadata";

        /// <summary>The meta keys Magazine reads: its own, and WordPress's trash status and featured image.</summary>
        private static readonly HashSet<string> ReadMetaKeys = new(StringComparer.Ordinal)
        {
            Wxr.TrashStatusMeta, Wxr.ThumbnailMeta, Wxr.MarkdownMeta, Wxr.BodyFormatMeta, Wxr.LanguageMeta, Wxr.CreatedMeta,
            Wxr.HeroImageMeta, Wxr.HeroAltMeta, Wxr.SortOrderMeta, Wxr.DeletedMeta, Wxr.OldPathMeta,
        };

        /// <summary>The meta keys of an entry that have no place here, listed for the report; null when there are none.</summary>
        private static string? UnreadMeta(XElement parent, string metaElement)
        {
            var keys = parent.WpElements(metaElement).Select(m => m.WpElement("meta_key").NonEmpty()).OfType<string>()
                .Where(key => !ReadMetaKeys.Contains(key)).Distinct().ToList();
            return keys.Count == 0 ? null : string.Join(", ", keys);
        }

        private static string Describe(XElement element)
        {
            var id = element.WpElement("post_id").NonEmpty() ?? element.Element("title").NonEmpty() ?? "?";
            var line = (IXmlLineInfo)element;
            return line.HasLineInfo() ? $"{id} (line {line.LineNumber})" : id;
        }

        private SourceSite Header(XElement first)
        {
            if (_version is null)
            {
                throw ExportFormatException.At(first, "This RSS file is not a WordPress export: no <wp:wxr_version> before its content");
            }
            // WordPress refuses what is not "digits.digits", and so does Magazine.
            if (!VersionNumber().IsMatch(_version))
            {
                throw ExportFormatException.At(_versionElement!, $"'{_version}' in <wp:wxr_version> is not a WXR version number");
            }
            var address = _blogUrl ?? _siteUrl ?? _link ?? SiteOf(first.Element("link").NonEmpty());
            BlogKey = address is null ? "" : KeyOf(address);
            HeaderDone = true;
            return new SourceSite(_title, address, FeedPaths);
        }

        private SourceAuthor Author(XElement author)
        {
            var login = author.WpElement("author_login").NonEmpty() ?? throw ExportFormatException.At(author, "A <wp:author> has no <wp:author_login>");
            var display = author.WpElement("author_display_name").NonEmpty() ?? login;
            return new SourceAuthor(AuthorKey(login), display, author.Element(Wxr.Magazine + "bio").NonEmpty(), login);
        }

        private SourceTerm Category(XElement category)
        {
            var nicename = category.WpElement("category_nicename").NonEmpty() ?? throw ExportFormatException.At(category, "A <wp:category> has no <wp:category_nicename>");
            var parent = category.WpElement("category_parent").NonEmpty();
            return CategoryTerm(nicename, category.WpElement("cat_name").NonEmpty() ?? nicename, parent,
                category.WpElement("category_description").NonEmpty(), SortOrder(category), MetaOldPaths(category, "termmeta"));
        }

        private SourceTerm CategoryTerm(string nicename, string name, string? parent, string? description, int? sortOrder, IEnumerable<string>? exported = null)
        {
            if (parent is not null)
            {
                _categoryParents[nicename] = parent;
            }
            var chain = CategoryChain(nicename);
            var paths = new List<string>();
            foreach (var path in new[] { $"/category/{chain}/", $"/category/{nicename}/" }.Distinct())
            {
                paths.AddRange(OldAddress.WithSlashVariants(OldAddress.Of(path)));
            }
            paths.AddRange(exported ?? []);
            return new SourceTerm(TermKind.Category, nicename, name) { Description = description, SortOrder = sortOrder, OldPaths = paths.Distinct().ToList() };
        }

        private static SourceTerm TagTerm(string slug, string name, string? description, IEnumerable<string>? exported = null) =>
            new(TermKind.Tag, slug, name)
            {
                Description = description,
                OldPaths = OldAddress.WithSlashVariants(OldAddress.Of($"/tag/{slug}/")).Concat(exported ?? []).Distinct().ToList(),
            };

        /// <summary>The old addresses Magazine's own export lists under an item or term.</summary>
        private static IEnumerable<string> MetaOldPaths(XElement parent, string metaElement) =>
            parent.WpElements(metaElement)
                .Where(m => m.WpElement("meta_key").NonEmpty() == Wxr.OldPathMeta)
                .Select(m => m.WpElement("meta_value").NonEmpty())
                .OfType<string>()
                .ToList();

        private static SourceTerm Tag(XElement tag)
        {
            var slug = tag.WpElement("tag_slug").NonEmpty() ?? throw ExportFormatException.At(tag, "A <wp:tag> has no <wp:tag_slug>");
            return TagTerm(slug, tag.WpElement("tag_name").NonEmpty() ?? slug, tag.WpElement("tag_description").NonEmpty(), MetaOldPaths(tag, "termmeta"));
        }

        /// <summary>Generic terms: categories and tags come across; menus and other taxonomies do not.</summary>
        private IEnumerable<SourceItem> Term(XElement term)
        {
            var taxonomy = term.WpElement("term_taxonomy").NonEmpty() ?? "term";
            var slug = term.WpElement("term_slug").NonEmpty() ?? term.WpElement("term_id").NonEmpty() ?? "?";
            var name = term.WpElement("term_name").NonEmpty() ?? slug;
            yield return taxonomy switch
            {
                "category" => CategoryTerm(slug, name, term.WpElement("term_parent").NonEmpty(), term.WpElement("term_description").NonEmpty(), SortOrder(term)),
                "post_tag" => TagTerm(slug, name, term.WpElement("term_description").NonEmpty()),
                _ => new SourceSkipped(taxonomy + " term", name, $"'{taxonomy}' terms are not imported"),
            };
        }

        private IEnumerable<SourceItem> Item(XElement item)
        {
            // WordPress gives an item without an id a new one; its guid, or failing that its place in the file, keeps it apart.
            var id = item.WpElement("post_id").NonEmpty() ?? item.Element("guid").NonEmpty()
                ?? string.Create(CultureInfo.InvariantCulture, $"line-{((IXmlLineInfo)item).LineNumber}");
            var type = item.WpElement("post_type").NonEmpty() ?? "post";
            switch (type)
            {
                case "post" or "page":
                    var post = Post(item, id, type == "page", out var droppedGallery);
                    if (droppedGallery)
                    {
                        yield return new SourceSkipped("gallery", post.Title ?? id, "[gallery] and [playlist] shortcodes list attachments by id: add those images to the story by hand");
                    }
                    yield return post;
                    // A comment belongs to the item it sits in, and its parent is looked up among that
                    // item's comments, as WordPress's importer does: ids only need to be unique there.
                    if (UnreadMeta(item, "postmeta") is { } postMeta)
                    {
                        yield return new SourceSkipped(Metadata, $"{post.Title ?? id}: {postMeta}", "post meta is not imported: stories and pages have no custom fields");
                    }
                    foreach (var comment in item.WpElements("comment"))
                    {
                        yield return Comment(comment, post.ExternalId, post.PublishedAt ?? post.CreatedAt);
                        if (UnreadMeta(comment, "commentmeta") is { } commentMeta)
                        {
                            yield return new SourceSkipped(Metadata, $"comment {comment.WpElement("comment_id").NonEmpty()}: {commentMeta}", "comment meta is not imported: comments have no custom fields");
                        }
                    }
                    break;
                case "attachment":
                    var url = item.WpElement("attachment_url").NonEmpty() ?? item.Element("guid").NonEmpty();
                    if (url is not null)
                    {
                        _attachments[id] = url;
                        yield return new SourceImage(url);
                    }
                    yield return new SourceSkipped("attachment", id, "attachments are not copied: files stay at their original address");
                    break;
                case "nav_menu_item":
                    yield return new SourceSkipped("menu item", id, "navigation menus are not imported");
                    break;
                default:
                    yield return new SourceSkipped(type, id, $"'{type}' items are not imported");
                    break;
            }
        }

        private SourcePost Post(XElement item, string id, bool isPage, out bool droppedGallery)
        {
            var meta = Meta(item.WpElements("postmeta"));
            var markdown = meta.GetValueOrDefault(Wxr.MarkdownMeta);
            var html = item.Element(Wxr.Content + "encoded").Text();
            droppedGallery = false;
            if (markdown is null)
            {
                html = WordPressAutop.Apply(WordPressShortcodes.Convert(html, out droppedGallery));
            }
            var sourceStatus = item.WpElement("status").NonEmpty();
            // Magazine has no private or password-protected stories: those come in as drafts, never public.
            var heldBack = item.WpElement("post_password").NonEmpty() is not null ? "password-protected"
                : sourceStatus == "private" ? "private"
                : null;
            var status = heldBack is not null && StatusOf(sourceStatus) == SourceStatus.Published ? SourceStatus.Draft : StatusOf(sourceStatus);
            var before = status == SourceStatus.Trashed ? StatusOf(meta.GetValueOrDefault(Wxr.TrashStatusMeta) ?? "draft") : (SourceStatus?)null;
            var modified = ExportXml.PlainTime(item.WpElement("post_modified_gmt")) ?? ExportXml.PlainTime(item.WpElement("post_modified"));
            var dated = ExportXml.PlainTime(item.WpElement("post_date_gmt")) ?? ExportXml.PlainTime(item.WpElement("post_date"));
            if (dated is null && status != SourceStatus.Trashed)
            {
                // Undated, as WordPress treats it: never published, whatever the status says.
                status = SourceStatus.Draft;
            }
            var date = dated ?? modified ?? default;
            var updated = modified ?? date;
            var link = OldAddress.WithSlashVariants(OldAddress.Of(item.Element("link").NonEmpty(), keepQuery: true));
            // Magazine's own export lists the addresses its site answered; WordPress's plain
            // "?p=" form is the exporting Magazine's row id, which no reader ever saw.
            var plain = item.WpElement("post_id") is null ? [] : new[] { isPage ? $"/?page_id={id}" : $"/?p={id}" };
            var oldPaths = (markdown is null ? link.Concat(plain).Concat(CommentFeeds(link)) : link.Where(path => !path.Contains('?', StringComparison.Ordinal)).Concat(MetaOldPaths(item, "postmeta")))
                .Distinct()
                .ToList();
            var thumbnail = meta.GetValueOrDefault(Wxr.ThumbnailMeta);
            return new SourcePost
            {
                ExternalId = isPage ? PageKey(id) : PostKey(id),
                IsPage = isPage,
                Title = item.Element("title").NonEmpty(),
                Slug = Decode(Untrashed(item.WpElement("post_name").NonEmpty())),
                Html = html,
                Markdown = markdown,
                OwnFormat = meta.GetValueOrDefault(Wxr.BodyFormatMeta) == "html" ? BodyFormat.Html : BodyFormat.Markdown,
                Excerpt = item.Elements().FirstOrDefault(e => Wxr.IsExcerpt(e.Name)).NonEmpty(),
                Status = status,
                StatusBeforeTrash = before,
                HeldBack = heldBack,
                PublishedAt = dated is not null && (status == SourceStatus.Published || before == SourceStatus.Published) ? date : null,
                CreatedAt = ParseMetaTime(meta.GetValueOrDefault(Wxr.CreatedMeta)) ?? date,
                UpdatedAt = updated,
                AuthorKey = item.Element(Wxr.Dc + "creator").NonEmpty() is { } login ? AuthorKey(login) : null,
                Terms = item.Elements("category").Select(TermRef).OfType<SourceTermRef>().Distinct().ToList(),
                OldPaths = oldPaths,
                Language = meta.GetValueOrDefault(Wxr.LanguageMeta),
                CommentsClosed = item.WpElement("comment_status").NonEmpty() == "closed",
                IsFeatured = item.WpElement("is_sticky").NonEmpty() == "1",
                HeroImageUrl = meta.GetValueOrDefault(Wxr.HeroImageMeta) ?? (thumbnail is null ? null : _attachments.GetValueOrDefault(thumbnail)),
                HeroImageAlt = meta.GetValueOrDefault(Wxr.HeroAltMeta),
            };
        }

        private SourceComment Comment(XElement comment, string postKey, DateTime postDate)
        {
            var id = comment.WpElement("comment_id").NonEmpty() ?? throw ExportFormatException.At(comment, "A <wp:comment> has no <wp:comment_id>");
            var parent = comment.WpElement("comment_parent").NonEmpty();
            var meta = Meta(comment.WpElements("commentmeta"));
            return new SourceComment
            {
                ExternalId = CommentKey(postKey, id),
                TargetIds = [postKey],
                ParentId = parent is null or "0" ? null : CommentKey(postKey, parent),
                AuthorName = comment.WpElement("comment_author").NonEmpty() ?? "Anonymous",
                AuthorEmail = comment.WpElement("comment_author_email").NonEmpty(),
                AuthorUrl = comment.WpElement("comment_author_url").NonEmpty(),
                Html = comment.WpElement("comment_content").Text(),
                Markdown = meta.GetValueOrDefault(Wxr.MarkdownMeta),
                CreatedAt = ExportXml.PlainTime(comment.WpElement("comment_date_gmt")) ?? ExportXml.PlainTime(comment.WpElement("comment_date"))
                    ?? postDate,
                Status = comment.WpElement("comment_approved").NonEmpty() switch
                {
                    "1" or "approve" => CommentStatus.Approved,
                    "spam" => CommentStatus.Spam,
                    "trash" or "post-trashed" => CommentStatus.Rejected,
                    _ => CommentStatus.Pending,
                },
                DeletedAt = ParseMetaTime(meta.GetValueOrDefault(Wxr.DeletedMeta)),
            };
        }

        private static SourceTermRef? TermRef(XElement category)
        {
            var domain = (string?)category.Attribute("domain");
            var kind = domain switch
            {
                "category" => TermKind.Category,
                "post_tag" or "tag" => TermKind.Tag,
                _ => (TermKind?)null,
            };
            var name = category.NonEmpty();
            if (kind is null || name is null)
            {
                return null;
            }
            return new SourceTermRef(kind.Value, (string?)category.Attribute("nicename") ?? name, name);
        }

        private static SourceStatus StatusOf(string? status) => status switch
        {
            "publish" or "future" or "inherit" => SourceStatus.Published,
            "pending" => SourceStatus.Pending,
            "trash" => SourceStatus.Trashed,
            _ => SourceStatus.Draft,
        };

        private static Dictionary<string, string> Meta(IEnumerable<XElement> entries)
        {
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry.WpElement("meta_key").NonEmpty() is { } key)
                {
                    meta[key] = entry.WpElement("meta_value").Text();
                }
            }
            return meta;
        }

        private static int? SortOrder(XElement term) =>
            int.TryParse(Meta(term.WpElements("termmeta")).GetValueOrDefault(Wxr.SortOrderMeta), CultureInfo.InvariantCulture, out var order) ? order : null;

        private static DateTime? ParseMetaTime(string? value) =>
            DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) ? time : null;

        private string CategoryChain(string nicename)
        {
            var chain = new List<string> { nicename };
            var current = nicename;
            while (chain.Count < 16 && _categoryParents.TryGetValue(current, out var parent) && !chain.Contains(parent))
            {
                chain.Insert(0, parent);
                current = parent;
            }
            return string.Join('/', chain);
        }

        /// <summary>WordPress's per-post comment feed sits under the permalink ("/2012/01/x/feed/"); it answers with the story.</summary>
        private static IEnumerable<string> CommentFeeds(IEnumerable<string> link) =>
            link.Where(path => path.EndsWith('/') && !path.Contains('?', StringComparison.Ordinal))
                .SelectMany(path => new[] { path + "feed/", path + "feed" })
                .ToList();

        /// <summary>The site part of an item's permalink, when the channel names no address of its own.</summary>
        private static string? SiteOf(string? link) =>
            Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null;

        // Posts and pages are told apart by kind as well as id: a hand-made or merged file may give both the same id.
        private string PostKey(string id) => $"{BlogKey}/?p={id}";
        private string PageKey(string id) => $"{BlogKey}/?page_id={id}";
        private static string CommentKey(string itemKey, string id) => $"{itemKey}#comment-{id}";
        private string AuthorKey(string login) => $"{BlogKey}/author/{login}";

        private static string KeyOf(string address)
        {
            var key = address.Trim().TrimEnd('/');
            var scheme = key.IndexOf("://", StringComparison.Ordinal);
            return (scheme >= 0 ? key[(scheme + 3)..] : key).ToLowerInvariant();
        }

        /// <summary>WordPress renames a trashed post's slug "x__trashed" to free "x"; the story keeps its own.</summary>
        private static string? Untrashed(string? slug) =>
            slug is null ? null : TrashedSuffix().Replace(slug, "");

        private static string? Decode(string? slug)
        {
            if (slug is null)
            {
                return null;
            }
            try
            {
                return Uri.UnescapeDataString(slug);
            }
            catch (UriFormatException)
            {
                return slug;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"__trashed(?:-\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex TrashedSuffix();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.\d+$")]
    private static partial System.Text.RegularExpressions.Regex VersionNumber();
}
