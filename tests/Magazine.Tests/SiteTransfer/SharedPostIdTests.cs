using System.Net;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// WordPress tells items apart by kind and id together: a post and a page with the same id
/// each come in with their own comments and threads, and a repeat import adds neither again.
/// </summary>
public sealed class SharedPostIdTests : IDisposable
{
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task APostAndAPageWithOneIdEachKeepTheirOwnComments()
    {
        using var site = new MagazineFactory();

        var result = await site.RunVerbAsync("import", "wordpress", Write(pageId: 5, pageCommentIds: (1, 2, 3)));

        Assert.Equal(0, result.ExitCode);
        var story = await CommentsOfAsync(site, onPage: false);
        var page = await CommentsOfAsync(site, onPage: true);
        Assert.Equal(["Post reader: On the post", "Post replier: Reply on the post (to Post reader)"], story);
        Assert.Equal(["Page reader: On the page", "Page replier: Reply on the page (to Page reader)", "Page visitor: Second on the page"], page);
        Assert.Equal(2, await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == "shared-id-post").Select(a => a.CommentCount).SingleAsync()));
    }

    [Fact]
    public async Task EachOldAddressFindsItsOwnKind()
    {
        using var site = new MagazineFactory();
        await site.RunVerbAsync("import", "wordpress", Write(pageId: 5, pageCommentIds: (1, 2, 3)));
        var client = site.CreateBrowserClient();

        var post = await client.GetAsync("/?p=5");
        var page = await client.GetAsync("/?page_id=5");

        Assert.Equal(HttpStatusCode.MovedPermanently, post.StatusCode);
        Assert.EndsWith("/shared-id-post", post.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/p/shared-id-page", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ImportingTheSameFileTwiceAddsNothing()
    {
        using var site = new MagazineFactory();
        var file = Write(pageId: 5, pageCommentIds: (1, 2, 3));
        await site.RunVerbAsync("import", "wordpress", file);
        var before = await SiteCounts.OfAsync(site);

        var again = await site.RunVerbAsync("import", "wordpress", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await SiteCounts.OfAsync(site));
        Assert.Equal(1, before.Published);
        Assert.Equal(1, before.Pages);
        Assert.Equal(5, before.Comments);
        Assert.Equal(2, before.Replies);
        Assert.Contains("1 stories: unchanged since the last import", again.Out);
        Assert.Contains("1 pages: unchanged since the last import", again.Out);
    }

    [Fact]
    public async Task ASiteImportedBeforeKindsWereToldApartIsNotDuplicated()
    {
        using var site = new MagazineFactory();
        var file = Write(pageId: 6, pageCommentIds: (11, 12, 13));
        await site.RunVerbAsync("import", "wordpress", file);
        // The keys an earlier import wrote: pages like posts, comments by their id alone.
        await site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? """
              UPDATE "Pages" SET "ExternalId" = replace("ExternalId", '/?page_id=', '/?p=');
              UPDATE "Comments" SET "ExternalId" = 'old.example/#comment-' || substr("ExternalId", strpos("ExternalId", '#comment-') + 9);
              """
            : """
              UPDATE Pages SET ExternalId = replace(ExternalId, '/?page_id=', '/?p=');
              UPDATE Comments SET ExternalId = 'old.example/#comment-' || substr(ExternalId, instr(ExternalId, '#comment-') + 9);
              """));
        var before = await SiteCounts.OfAsync(site);

        var again = await site.RunVerbAsync("import", "wordpress", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await SiteCounts.OfAsync(site));
        Assert.Equal(5, before.Comments);
        Assert.Equal(1, before.Pages);
    }

    private static Task<List<string>> CommentsOfAsync(MagazineFactory site, bool onPage) =>
        site.WithDbAsync(db => db.Comments.AsNoTracking()
            .Where(c => onPage ? c.Page!.Slug == "shared-id-page" : c.Article!.Slug == "shared-id-post")
            .OrderBy(c => c.CreatedAt)
            .Select(c => c.AuthorName + ": " + c.BodyMarkdown + (c.Parent == null ? "" : " (to " + c.Parent.AuthorName + ")"))
            .ToListAsync());

    /// <summary>A post with id 5 and two comments, and a page whose id and comment ids are given.</summary>
    private string Write(int pageId, (int First, int Reply, int Second) pageCommentIds)
    {
        var path = _temp.File($"shared-{pageId}.xml");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <title>Old site</title>
            <wp:wxr_version>1.2</wp:wxr_version>
            <wp:base_site_url>https://old.example</wp:base_site_url>
            <wp:base_blog_url>https://old.example</wp:base_blog_url>
            <item>
              <title>Shared id post</title>
              <link>https://old.example/2012/01/shared-id-post/</link>
              <content:encoded><![CDATA[<p>The post's body.</p>]]></content:encoded>
              <wp:post_id>5</wp:post_id>
              <wp:post_date_gmt>2012-01-02 10:00:00</wp:post_date_gmt>
              <wp:post_name>shared-id-post</wp:post_name>
              <wp:status>publish</wp:status>
              <wp:post_type>post</wp:post_type>
              {Comment(1, 0, "Post reader", "On the post", "2012-01-03 10:00:00")}
              {Comment(2, 1, "Post replier", "Reply on the post", "2012-01-03 11:00:00")}
            </item>
            <item>
              <title>Shared id page</title>
              <link>https://old.example/shared-id-page/</link>
              <content:encoded><![CDATA[<p>The page's body.</p>]]></content:encoded>
              <wp:post_id>{pageId}</wp:post_id>
              <wp:post_date_gmt>2012-01-02 10:00:00</wp:post_date_gmt>
              <wp:post_name>shared-id-page</wp:post_name>
              <wp:status>publish</wp:status>
              <wp:post_type>page</wp:post_type>
              {Comment(pageCommentIds.First, 0, "Page reader", "On the page", "2012-01-04 10:00:00")}
              {Comment(pageCommentIds.Reply, pageCommentIds.First, "Page replier", "Reply on the page", "2012-01-04 11:00:00")}
              {Comment(pageCommentIds.Second, 0, "Page visitor", "Second on the page", "2012-01-04 12:00:00")}
            </item>
            </channel>
            </rss>
            """);
        return path;
    }

    private static string Comment(int id, int parent, string author, string text, string date) => $"""
        <wp:comment>
          <wp:comment_id>{id}</wp:comment_id>
          <wp:comment_author>{author}</wp:comment_author>
          <wp:comment_date_gmt>{date}</wp:comment_date_gmt>
          <wp:comment_content>{text}</wp:comment_content>
          <wp:comment_approved>1</wp:comment_approved>
          <wp:comment_parent>{parent}</wp:comment_parent>
        </wp:comment>
        """;

    public void Dispose() => _temp.Dispose();
}
