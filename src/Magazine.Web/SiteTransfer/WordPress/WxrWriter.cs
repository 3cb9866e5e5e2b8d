using System.Globalization;
using System.Text;
using System.Xml;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>Writes the parts of a WXR 1.2 file, as WordPress's own exporter lays them out, to a stream.</summary>
public sealed class WxrWriter(XmlWriter xml, TimeZoneInfo siteZone) : IAsyncDisposable
{
    public static WxrWriter Create(Stream output, TimeZoneInfo siteZone) => new(XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
    }), siteZone);

    public async Task StartAsync(string title, string address, string? description, DateTime now)
    {
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "excerpt", null, Wxr.Excerpt.NamespaceName);
        xml.WriteAttributeString("xmlns", "content", null, Wxr.Content.NamespaceName);
        xml.WriteAttributeString("xmlns", "wfw", null, Wxr.Wfw.NamespaceName);
        xml.WriteAttributeString("xmlns", "dc", null, Wxr.Dc.NamespaceName);
        xml.WriteAttributeString("xmlns", "wp", null, Wxr.Wp.NamespaceName);
        xml.WriteAttributeString("xmlns", "magazine", null, Wxr.Magazine.NamespaceName);
        xml.WriteStartElement("channel");
        Text("title", title);
        Text("link", address);
        Text("description", description ?? "");
        Text("pubDate", now.ToString("r", CultureInfo.InvariantCulture));
        Text("language", "en");
        Wp("wxr_version", Wxr.Version);
        Wp("base_site_url", address);
        Wp("base_blog_url", address);
    }

    public void Author(int id, string login, string displayName, string? bio)
    {
        xml.WriteStartElement("wp", "author", Wxr.Wp.NamespaceName);
        Wp("author_id", id);
        Wp("author_login", login, cdata: true);
        Wp("author_email", "", cdata: true);
        Wp("author_display_name", displayName, cdata: true);
        Wp("author_first_name", "", cdata: true);
        Wp("author_last_name", "", cdata: true);
        if (bio is not null)
        {
            xml.WriteStartElement("magazine", "bio", Wxr.Magazine.NamespaceName);
            Cdata(bio);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>An old address the exporting site answered with a fixed target.</summary>
    public void Redirect(string fromPath, string toPath)
    {
        xml.WriteStartElement("magazine", "redirect", Wxr.Magazine.NamespaceName);
        xml.WriteAttributeString("from", fromPath);
        xml.WriteAttributeString("to", toPath);
        xml.WriteEndElement();
    }

    public void Category(int id, string slug, string name, string? description, int sortOrder, IEnumerable<string> oldPaths)
    {
        xml.WriteStartElement("wp", "category", Wxr.Wp.NamespaceName);
        Wp("term_id", id);
        Wp("category_nicename", slug, cdata: true);
        Wp("category_parent", "", cdata: true);
        Wp("cat_name", name, cdata: true);
        if (description is not null)
        {
            Wp("category_description", description, cdata: true);
        }
        Meta("termmeta", Wxr.SortOrderMeta, sortOrder.ToString(CultureInfo.InvariantCulture));
        foreach (var path in oldPaths)
        {
            Meta("termmeta", Wxr.OldPathMeta, path);
        }
        xml.WriteEndElement();
    }

    public void Tag(int id, string slug, string name, IEnumerable<string> oldPaths)
    {
        xml.WriteStartElement("wp", "tag", Wxr.Wp.NamespaceName);
        Wp("term_id", id);
        Wp("tag_slug", slug, cdata: true);
        Wp("tag_name", name, cdata: true);
        foreach (var path in oldPaths)
        {
            Meta("termmeta", Wxr.OldPathMeta, path);
        }
        xml.WriteEndElement();
    }

    public void StartItem(ExportedItem item)
    {
        xml.WriteStartElement("item");
        Text("title", item.Title);
        Text("link", item.Link);
        Text("pubDate", item.Date.ToString("r", CultureInfo.InvariantCulture));
        xml.WriteStartElement("dc", "creator", Wxr.Dc.NamespaceName);
        Cdata(item.AuthorLogin);
        xml.WriteEndElement();
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(item.Guid);
        xml.WriteEndElement();
        Text("description", "");
        Element(Wxr.Content, "content", "encoded", item.Html);
        Element(Wxr.Excerpt, "excerpt", "encoded", item.Excerpt ?? "");
        Wp("post_id", item.Id);
        Wp("post_date", Local(item.Date), cdata: true);
        Wp("post_date_gmt", Gmt(item.Date), cdata: true);
        Wp("post_modified", Local(item.Modified), cdata: true);
        Wp("post_modified_gmt", Gmt(item.Modified), cdata: true);
        Wp("comment_status", item.CommentsClosed ? "closed" : "open", cdata: true);
        Wp("ping_status", "closed", cdata: true);
        Wp("post_name", item.Slug, cdata: true);
        Wp("status", item.Status, cdata: true);
        Wp("post_parent", 0);
        Wp("menu_order", 0);
        Wp("post_type", item.Type, cdata: true);
        Wp("post_password", "", cdata: true);
        Wp("is_sticky", item.Sticky ? 1 : 0);
        foreach (var (domain, slug, name) in item.Terms)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("domain", domain);
            xml.WriteAttributeString("nicename", slug);
            Cdata(name);
            xml.WriteEndElement();
        }
        foreach (var (key, value) in item.Meta)
        {
            Meta("postmeta", key, value);
        }
    }

    public void Comment(ExportedComment comment)
    {
        xml.WriteStartElement("wp", "comment", Wxr.Wp.NamespaceName);
        Wp("comment_id", comment.Id);
        Wp("comment_author", comment.AuthorName, cdata: true);
        Wp("comment_author_email", comment.AuthorEmail ?? "", cdata: true);
        Wp("comment_author_url", comment.AuthorUrl ?? "");
        Wp("comment_author_IP", "", cdata: true);
        Wp("comment_date", Local(comment.CreatedAt), cdata: true);
        Wp("comment_date_gmt", Gmt(comment.CreatedAt), cdata: true);
        Wp("comment_content", comment.Html, cdata: true);
        Wp("comment_approved", comment.Approved, cdata: true);
        Wp("comment_type", "comment", cdata: true);
        Wp("comment_parent", comment.ParentId ?? 0);
        Wp("comment_user_id", 0);
        foreach (var (key, value) in comment.Meta)
        {
            Meta("commentmeta", key, value);
        }
        xml.WriteEndElement();
    }

    public void EndItem() => xml.WriteEndElement();

    public Task FlushAsync() => xml.FlushAsync();

    public async ValueTask DisposeAsync()
    {
        if (xml.WriteState != WriteState.Closed && xml.WriteState != WriteState.Error)
        {
            await xml.WriteEndDocumentAsync();
        }
        await xml.FlushAsync();
        xml.Dispose();
    }

    private void Meta(string element, string key, string value)
    {
        xml.WriteStartElement("wp", element, Wxr.Wp.NamespaceName);
        Wp("meta_key", key, cdata: true);
        Wp("meta_value", value, cdata: true);
        xml.WriteEndElement();
    }

    private void Wp(string name, int value) => Wp(name, value.ToString(CultureInfo.InvariantCulture));

    private void Wp(string name, string value, bool cdata = false)
    {
        xml.WriteStartElement("wp", name, Wxr.Wp.NamespaceName);
        if (cdata) Cdata(value);
        else xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    private void Element(System.Xml.Linq.XNamespace ns, string prefix, string name, string value)
    {
        xml.WriteStartElement(prefix, name, ns.NamespaceName);
        Cdata(value);
        xml.WriteEndElement();
    }

    private void Text(string name, string value) => xml.WriteElementString(name, XmlSafe(value));

    /// <summary>CDATA as WordPress writes it; text that would end the section early is written escaped instead.</summary>
    private void Cdata(string value)
    {
        var safe = XmlSafe(value);
        if (safe.Contains("]]>", StringComparison.Ordinal))
        {
            xml.WriteString(safe);
        }
        else
        {
            xml.WriteCData(safe);
        }
    }

    private string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), siteZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Gmt(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Characters XML cannot carry (control characters, lone surrogates) are dropped rather than failing the export.</summary>
    private static string XmlSafe(string value)
    {
        var firstBad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsXmlChar(value, i))
            {
                firstBad = i;
                break;
            }
            if (char.IsHighSurrogate(value[i])) i++;
        }
        if (firstBad < 0)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && IsXmlChar(value, i))
            {
                builder.Append(value, i, 2);
                i++;
            }
            else if (IsXmlChar(value, i))
            {
                builder.Append(value[i]);
            }
        }
        return builder.ToString();
    }

    private static bool IsXmlChar(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i])
            : XmlConvert.IsXmlChar(value[i]);
}

public sealed record ExportedItem(
    int Id,
    string Type,
    string Title,
    string Link,
    string Guid,
    string AuthorLogin,
    string Html,
    string? Excerpt,
    DateTime Date,
    DateTime Modified,
    string Slug,
    string Status,
    bool CommentsClosed,
    bool Sticky,
    IReadOnlyList<(string Domain, string Slug, string Name)> Terms,
    IReadOnlyList<(string Key, string Value)> Meta);

public sealed record ExportedComment(
    int Id,
    int? ParentId,
    string AuthorName,
    string? AuthorEmail,
    string? AuthorUrl,
    string Html,
    DateTime CreatedAt,
    string Approved,
    IReadOnlyList<(string Key, string Value)> Meta);
