using System.Text;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// An uploaded export that declares a DTD (an entity bomb, an external entity) is refused
/// before anything is read from it, and the page names the line and position of the declaration.
/// </summary>
public sealed class DtdRefusalTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private const string EntityBomb = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>Bomb</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <item><title>&lol3;</title><wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
        <wp:post_date_gmt>2012-01-02 03:04:05</wp:post_date_gmt><content:encoded>&lol3;</content:encoded></item>
        </channel>
        </rss>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE feed [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
        <id>tag:blogger.com,1999:blog-1</id>
        <title>Leak</title>
        <entry>
          <id>tag:blogger.com,1999:blog-1.post-1</id>
          <blogger:type>POST</blogger:type>
          <blogger:status>LIVE</blogger:status>
          <title>&secret;</title>
          <content type="html">&secret;</content>
          <published>2012-01-02T03:04:05Z</published>
        </entry>
        </feed>
        """;

    [Theory]
    [InlineData("WordPress", EntityBomb)]
    [InlineData("Blogger", ExternalEntity)]
    public async Task AnExportWithADtdIsRefusedWithItsLineAndPosition(string format, string export)
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);
        var before = await SiteCounts.OfAsync(app);

        var started = await client.PostMultipartAsync("/admin/import", new() { ["Form.Format"] = format },
            "Form.File", "export.xml", Encoding.UTF8.GetBytes(export), "text/xml");

        var page = await ImportPageTests.WaitForReportAsync(client, started.Headers.Location!.OriginalString);
        var error = page.QuerySelector(".form-errors[role=alert]")?.TextContent;
        Assert.Contains("declares a DTD", error);
        Assert.Contains("(line 2, position 1)", error);
        Assert.Contains("Nothing was imported.", error);
        Assert.DoesNotContain("DtdProcessing", error);
        Assert.Equal(before, await SiteCounts.OfAsync(app));
    }
}
