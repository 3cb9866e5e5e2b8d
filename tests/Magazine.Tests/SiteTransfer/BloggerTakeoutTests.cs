using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>The newer Google Takeout feed.atom form of a Blogger export (blogger:type, status, parent, inReplyTo).</summary>
public sealed class BloggerTakeoutTests(MagazineFactory app) : IClassFixture<MagazineFactory>, IDisposable
{
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    // A reply and a comment appear before the post they belong to: the file's order is not relied on.
    private const string Feed = """
        <?xml version='1.0' encoding='utf-8'?>
        <feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
          <id>tag:blogger.com,1999:blog-77</id>
          <title>Takeout Blog</title>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-902</id>
            <blogger:parent>tag:blogger.com,1999:blog-77.post-101</blogger:parent>
            <blogger:inReplyTo>901</blogger:inReplyTo>
            <blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status>
            <author><name>Second Reader</name><uri></uri><blogger:type>ANONYMOUS</blogger:type></author>
            <content type='html'>I &lt;b&gt;agree&lt;/b&gt;.</content>
            <published>2024-03-02T10:00:00Z</published><updated>2024-03-02T10:00:00Z</updated>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-901</id>
            <blogger:parent>tag:blogger.com,1999:blog-77.post-101</blogger:parent>
            <blogger:inReplyTo/>
            <blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status>
            <author><name>First Reader</name><uri>https://example.com/first</uri><blogger:type>ANONYMOUS</blogger:type></author>
            <content type='html'>Great piece.&lt;br&gt;Thanks!</content>
            <published>2024-03-02T09:00:00Z</published><updated>2024-03-02T09:00:00Z</updated>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-101</id>
            <blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>
            <author><name>Takeout Author</name><uri></uri><blogger:type>BLOGGER</blogger:type></author>
            <title>Live From Takeout</title>
            <content type='html'>&lt;p&gt;Body with an image &lt;img src="https://images.example.com/t.jpg"&gt;&lt;/p&gt;</content>
            <blogger:metaDescription>A search description.</blogger:metaDescription>
            <blogger:created>2024-03-01T08:00:00Z</blogger:created>
            <published>2024-03-01T09:30:00Z</published><updated>2024-03-01T11:00:00Z</updated>
            <category scheme='tag:blogger.com,1999:blog-77' term='Technology'/>
            <blogger:filename>/2024/03/live-from-takeout.html</blogger:filename>
            <blogger:trashed></blogger:trashed>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-102</id>
            <blogger:type>POST</blogger:type><blogger:status>DRAFT</blogger:status>
            <author><name>Takeout Author</name></author><title>Private Draft</title>
            <content type='html'>Not public.</content>
            <published>2024-03-05T10:30:00Z</published><updated>2024-03-05T10:30:00Z</updated>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-103</id>
            <blogger:type>POST</blogger:type><blogger:status>SCHEDULED</blogger:status>
            <author><name>Takeout Author</name></author><title>Coming Later</title>
            <content type='html'>Soon.</content>
            <published>2099-01-01T10:30:00Z</published><updated>2024-03-05T10:30:00Z</updated>
            <blogger:filename>/2099/01/coming-later.html</blogger:filename>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-104</id>
            <blogger:type>POST</blogger:type><blogger:status>SOFT_TRASHED</blogger:status>
            <author><name>Takeout Author</name></author><title>Thrown Away</title>
            <content type='html'>Gone.</content>
            <published>2023-03-05T10:30:00Z</published><updated>2024-03-05T10:30:00Z</updated>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.page-201</id>
            <blogger:type>PAGE</blogger:type><blogger:status>LIVE</blogger:status>
            <author><name>Takeout Author</name></author><title>About Us</title>
            <content type='html'>&lt;p&gt;Who we are.&lt;/p&gt;</content>
            <published>2021-06-07T08:09:10Z</published><updated>2021-06-07T08:09:10Z</updated>
            <blogger:filename>/p/about-us.html</blogger:filename>
          </entry>
          <entry>
            <id>tag:blogger.com,1999:blog-77.post-903</id>
            <blogger:parent>tag:blogger.com,1999:blog-77.post-201</blogger:parent>
            <blogger:type>COMMENT</blogger:type><blogger:status>SPAM_COMMENT</blogger:status>
            <author><name>Spammer</name></author>
            <content type='html'>Cheap pills</content>
            <published>2024-03-03T09:00:00Z</published><updated>2024-03-03T09:00:00Z</updated>
          </entry>
        </feed>
        """;

    [Fact]
    public async Task ReadsPostsPagesStatusesAndThreads()
    {
        var path = _temp.File("feed.atom");
        await File.WriteAllTextAsync(path, Feed);

        var result = await app.RunVerbAsync("import", "blogger", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var stories = await app.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.ExternalId!.StartsWith("tag:blogger.com,1999:blog-77."))
            .OrderBy(a => a.Title).ToDictionaryAsync(a => a.Title));
        Assert.Equal(ArticleStatus.Published, stories["Live From Takeout"].Status);
        Assert.Equal("A search description.", stories["Live From Takeout"].Dek);
        Assert.Equal(new DateTime(2024, 3, 1, 8, 0, 0), stories["Live From Takeout"].CreatedAt);
        Assert.Equal("live-from-takeout", stories["Live From Takeout"].Slug);
        Assert.Equal(ArticleStatus.Draft, stories["Private Draft"].Status);
        Assert.True(stories["Coming Later"].PublishedAt > app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(ArticleStatus.Trashed, stories["Thrown Away"].Status);

        var comments = await app.WithDbAsync(db => db.Comments.AsNoTracking().Where(c => c.ExternalId!.StartsWith("tag:blogger.com,1999:blog-77."))
            .Select(c => new { c.ExternalId, c.AuthorName, c.AuthorUrl, c.Status, c.Depth, c.ArticleId, c.PageId, Parent = c.Parent!.ExternalId, c.BodyHtml })
            .ToDictionaryAsync(c => c.AuthorName));
        Assert.Null(comments["First Reader"].Parent);
        Assert.Equal("https://example.com/first", comments["First Reader"].AuthorUrl);
        Assert.Contains("<br>", comments["First Reader"].BodyHtml);
        Assert.Equal("tag:blogger.com,1999:blog-77.post-901", comments["Second Reader"].Parent);
        Assert.Equal(1, comments["Second Reader"].Depth);
        Assert.Contains("<strong>agree</strong>", comments["Second Reader"].BodyHtml);
        Assert.Equal(stories["Live From Takeout"].Id, comments["Second Reader"].ArticleId);
        Assert.Equal(CommentStatus.Spam, comments["Spammer"].Status);
        Assert.NotNull(comments["Spammer"].PageId);
        Assert.Equal(2, stories["Live From Takeout"].CommentCount);
        Assert.Contains("Technology", await app.WithDbAsync(db => db.Tags.Select(t => t.Name).ToListAsync()));

        var client = app.CreateBrowserClient();
        var old = await client.GetAsync("/2024/03/live-from-takeout.html");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(old.Headers.Location)).StatusCode);
        Assert.Equal("/p/about-us", (await client.GetAsync("/p/about-us.html")).Headers.Location?.OriginalString);
        Assert.Contains("https://images.example.com/t.jpg", result.Out);
    }

    public void Dispose() => _temp.Dispose();
}
