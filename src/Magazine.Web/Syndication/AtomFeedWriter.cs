using System.Xml;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;

namespace Magazine.Web.Syndication;

/// <summary>Writes an Atom 1.0 document (RFC 4287). Every text passes through XmlWriter, which escapes it.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedModel feed)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlText.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            Text(xml, "title", feed.Title);
            if (!string.IsNullOrEmpty(feed.Subtitle))
            {
                Text(xml, "subtitle", feed.Subtitle);
            }
            Link(xml, "self", feed.FeedUrl, "application/atom+xml");
            Link(xml, "alternate", feed.PageUrl, "text/html");
            Text(xml, "id", feed.Id);
            Text(xml, "updated", feed.UpdatedAt.ToIso());
            xml.WriteStartElement("generator");
            xml.WriteString("Magazine");
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, entry);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry");
        xml.WriteAttributeString("xml", "lang", null, entry.Language);
        Text(xml, "id", entry.Id);
        Text(xml, "title", entry.Title);
        Link(xml, "alternate", entry.Url, "text/html");
        Text(xml, "published", entry.PublishedAt.ToIso());
        Text(xml, "updated", entry.UpdatedAt.ToIso());
        xml.WriteStartElement("author");
        Text(xml, "name", entry.AuthorName);
        Text(xml, "uri", entry.AuthorUrl);
        xml.WriteEndElement();
        if (entry.SectionName is not null)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", XmlText.Clean(entry.SectionName));
            xml.WriteEndElement();
        }
        if (entry.HeroImageUrl is not null)
        {
            xml.WriteStartElement("link");
            xml.WriteAttributeString("rel", "enclosure");
            xml.WriteAttributeString("href", XmlText.Clean(entry.HeroImageUrl));
            xml.WriteAttributeString("type", ImageType(entry.HeroImageUrl));
            xml.WriteEndElement();
        }
        Text(xml, "summary", entry.Summary);
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlText.Clean(entry.BodyHtml));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string? value)
    {
        xml.WriteStartElement(name);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlText.Clean(href));
        xml.WriteEndElement();
    }

    private static string ImageType(string url) => Path.GetExtension(url.Split('?', '#')[0]).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        _ => "image/jpeg",
    };
}
