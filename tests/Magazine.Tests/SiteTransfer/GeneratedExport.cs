using System.Globalization;
using System.Text;
using System.Xml;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// Writes a WordPress export of any size to disk, streaming, for size and failure tests:
/// each post has a body of a few paragraphs with an image, two categories' worth of terms,
/// and a top-level comment with one reply.
/// </summary>
public static class GeneratedExport
{
    private const string Wp = "http://wordpress.org/export/1.2/";
    private static readonly DateTime Start = new(2015, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <param name="breakAfter">Stop writing in the middle of the file after this many posts, leaving it truncated.</param>
    public static void WriteWordPress(string path, int posts, int? breakAfter = null)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        var xml = XmlWriter.Create(file, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteAttributeString("xmlns", "wp", null, Wp);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", "Generated");
        xml.WriteElementString("link", "https://generated.example");
        xml.WriteElementString("wxr_version", Wp, "1.2");
        xml.WriteElementString("base_blog_url", Wp, "https://generated.example");
        xml.WriteStartElement("author", Wp);
        xml.WriteElementString("author_login", Wp, "writer");
        xml.WriteElementString("author_display_name", Wp, "Generated Writer");
        xml.WriteEndElement();
        for (var i = 1; i <= 20; i++)
        {
            xml.WriteStartElement("category", Wp);
            xml.WriteElementString("category_nicename", Wp, $"section-{i}");
            xml.WriteElementString("cat_name", Wp, $"Section {i}");
            xml.WriteEndElement();
        }
        var body = Body();
        for (var n = 1; n <= posts; n++)
        {
            if (n == breakAfter + 1)
            {
                // A file cut off mid-item, as an interrupted download leaves it.
                xml.Flush();
                file.Write("<item><title>Cut off"u8);
                return;
            }
            WritePost(xml, n, body);
        }
        xml.WriteEndDocument();
        xml.Flush();
    }

    private static void WritePost(XmlWriter xml, int n, string body)
    {
        var c = CultureInfo.InvariantCulture;
        var date = Start.AddHours(n).ToString("yyyy-MM-dd HH:mm:ss", c);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", string.Create(c, $"Generated story number {n}"));
        xml.WriteElementString("link", string.Create(c, $"https://generated.example/{Start.AddHours(n):yyyy/MM/dd}/story-{n}/"));
        xml.WriteElementString("creator", "http://purl.org/dc/elements/1.1/", "writer");
        xml.WriteStartElement("encoded", "http://purl.org/rss/1.0/modules/content/");
        xml.WriteCData(body.Replace("{n}", n.ToString(c), StringComparison.Ordinal));
        xml.WriteEndElement();
        xml.WriteElementString("post_id", Wp, n.ToString(c));
        xml.WriteElementString("post_date_gmt", Wp, date);
        xml.WriteElementString("post_name", Wp, string.Create(c, $"story-{n}"));
        xml.WriteElementString("status", Wp, "publish");
        xml.WriteElementString("post_type", Wp, "post");
        WriteTerm(xml, "category", string.Create(c, $"section-{n % 20 + 1}"), string.Create(c, $"Section {n % 20 + 1}"));
        WriteTerm(xml, "post_tag", string.Create(c, $"topic-{n % 200}"), string.Create(c, $"Topic {n % 200}"));
        WriteComment(xml, n * 2, 0, date);
        WriteComment(xml, n * 2 + 1, n * 2, date);
        xml.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter xml, string domain, string slug, string name)
    {
        xml.WriteStartElement("category");
        xml.WriteAttributeString("domain", domain);
        xml.WriteAttributeString("nicename", slug);
        xml.WriteCData(name);
        xml.WriteEndElement();
    }

    private static void WriteComment(XmlWriter xml, int id, int parent, string date)
    {
        var c = CultureInfo.InvariantCulture;
        xml.WriteStartElement("comment", Wp);
        xml.WriteElementString("comment_id", Wp, id.ToString(c));
        xml.WriteElementString("comment_author", Wp, "Reader " + id.ToString(c));
        xml.WriteElementString("comment_author_email", Wp, string.Create(c, $"reader{id}@example.com"));
        xml.WriteElementString("comment_date_gmt", Wp, date);
        xml.WriteElementString("comment_content", Wp, "Thank you for this.\n\nA second paragraph with a <a href=\"https://example.com\">link</a>.");
        xml.WriteElementString("comment_approved", Wp, "1");
        xml.WriteElementString("comment_parent", Wp, parent.ToString(c));
        xml.WriteEndElement();
    }

    private static string Body()
    {
        var paragraph = "The council met on Tuesday to discuss the new bridge, the market hall and the budget for the coming year. "
            + "Residents asked questions about traffic, about parking and about the schedule of the works. ";
        var body = new StringBuilder("<p><img src=\"https://images.generated.example/{n}.jpg\" alt=\"Photo {n}\"></p>\n\n");
        for (var p = 0; p < 6; p++)
        {
            body.Append(paragraph).Append(paragraph).Append("<strong>Story {n}.</strong>\n\n");
        }
        return body.ToString();
    }
}
