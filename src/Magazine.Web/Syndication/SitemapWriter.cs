using System.Xml;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;

namespace Magazine.Web.Syndication;

/// <summary>Writes sitemaps (sitemaps.org 0.9) with each page's language alternates, sitemap indexes and the news sitemap.</summary>
public static class SitemapWriter
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private const string News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>
    /// A urlset: a page of every edition once per edition, each naming all editions (and
    /// x-default) as alternates; a story once, naming its real translations only.
    /// </summary>
    public static byte[] UrlSet(IEnumerable<SitemapEntry> entries, string origin) => Document(xml =>
    {
        xml.WriteStartElement("urlset", Sitemap);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var entry in entries)
        {
            if (entry.Versions is { } versions)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", XmlText.Clean(origin + entry.Path));
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", modified.ToIso());
                }
                foreach (var version in versions)
                {
                    Alternate(xml, version.HrefLang, origin + version.Url);
                }
                xml.WriteEndElement();
                continue;
            }
            foreach (var edition in Edition.All)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", XmlText.Clean(origin + edition.Url(entry.Path)));
                if (entry.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", lastModified.ToIso());
                }
                foreach (var alternate in Edition.All)
                {
                    Alternate(xml, alternate.Language, origin + alternate.Url(entry.Path));
                }
                Alternate(xml, "x-default", origin + Edition.English.Url(entry.Path));
                xml.WriteEndElement();
            }
        }
        xml.WriteEndElement();
    });

    public static byte[] Index(IEnumerable<SitemapFile> files, string origin) => Document(xml =>
    {
        xml.WriteStartElement("sitemapindex", Sitemap);
        foreach (var file in files)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", origin + file.Path);
            if (file.LastModified is { } lastModified)
            {
                xml.WriteElementString("lastmod", lastModified.ToIso());
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    public static byte[] NewsSitemap(IEnumerable<NewsSitemapEntry> entries, string publication) => Document(xml =>
    {
        xml.WriteStartElement("urlset", Sitemap);
        xml.WriteAttributeString("xmlns", "news", null, News);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", XmlText.Clean(entry.Url));
            xml.WriteStartElement("news", "news", News);
            xml.WriteStartElement("news", "publication", News);
            xml.WriteElementString("news", "name", News, XmlText.Clean(publication));
            xml.WriteElementString("news", "language", News, XmlText.Clean(entry.Language));
            xml.WriteEndElement();
            xml.WriteElementString("news", "publication_date", News, entry.PublishedAt.ToIso());
            xml.WriteElementString("news", "title", News, XmlText.Clean(Core.Content.BidiText.Closed(entry.Title)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Alternate(XmlWriter xml, string language, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", language);
        xml.WriteAttributeString("href", XmlText.Clean(href));
        xml.WriteEndElement();
    }

    private static byte[] Document(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlText.WriterSettings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
