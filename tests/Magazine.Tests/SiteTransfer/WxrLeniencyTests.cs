using System.Text;
using Magazine.Web.SiteTransfer.Source;
using Magazine.Web.SiteTransfer.WordPress;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Lenient where WordPress's importer is lenient: one odd item never sinks the file.</summary>
public sealed class WxrLeniencyTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>Site</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        """;

    private static List<SourceItem> Read(string items) =>
        WxrReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Head + items + "</channel></rss>"))).ToList();

    private static string Item(string id, string inner) =>
        $"<item><title>Post {id}</title><link>https://old.example//2012/01/post-{id}/</link><wp:post_id>{id}</wp:post_id><wp:post_type>post</wp:post_type>{inner}</item>\n";

    [Fact]
    public void TheSiteAddressComesFromTheItemsWhenTheChannelNamesNone()
    {
        var site = Read(Item("1", "<wp:status>publish</wp:status>")).OfType<SourceSite>().Single();

        Assert.Equal("https://old.example", site.Address);
    }

    [Fact]
    public void AnUndatedItemIsADraftAndAnUndatedCommentTakesItsPostsDate()
    {
        var items = Read(
            Item("1", "<wp:status>publish</wp:status>")
            + Item("2", "<wp:status>publish</wp:status><wp:post_date_gmt>2012-01-02 03:04:05</wp:post_date_gmt><wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_content>Hi</wp:comment_content></wp:comment>"));
        var posts = items.OfType<SourcePost>().ToList();

        Assert.Equal(SourceStatus.Draft, posts[0].Status);
        Assert.Null(posts[0].PublishedAt);
        Assert.Equal(SourceStatus.Published, posts[1].Status);
        Assert.Equal(new DateTime(2012, 1, 2, 3, 4, 5), items.OfType<SourceComment>().Single().CreatedAt);
    }

    [Fact]
    public void AnItemWithABadDateIsSkippedWithItsLineAndTheOthersComeIn()
    {
        var items = Read(Item("1", "<wp:post_date>yesterday</wp:post_date>") + Item("2", "<wp:status>publish</wp:status>"));

        var skipped = items.OfType<SourceSkipped>().Single();
        Assert.Contains("line", skipped.Reason);
        Assert.Contains("yesterday", skipped.Reason);
        Assert.Equal("Post 2", items.OfType<SourcePost>().Single().Title);
    }

    [Fact]
    public void PrivateAndPasswordProtectedPostsAreHeldBackAsDrafts()
    {
        var posts = Read(
            Item("1", "<wp:status>private</wp:status><wp:post_date_gmt>2012-01-02 03:04:05</wp:post_date_gmt>")
            + Item("2", "<wp:status>publish</wp:status><wp:post_password>secret</wp:post_password><wp:post_date_gmt>2012-01-02 03:04:05</wp:post_date_gmt>"))
            .OfType<SourcePost>().ToList();

        Assert.All(posts, p => Assert.Equal(SourceStatus.Draft, p.Status));
        Assert.Equal(["private", "password-protected"], posts.Select(p => p.HeldBack));
    }

    [Fact]
    public void TrashedPostsKeepTheirOwnSlug()
    {
        var post = Read(Item("1", "<wp:status>trash</wp:status><wp:post_name>hello__trashed</wp:post_name>")).OfType<SourcePost>().Single();

        Assert.Equal(SourceStatus.Trashed, post.Status);
        Assert.Equal("hello", post.Slug);
    }

    [Fact]
    public void LinksWithDoubleSlashesAreStoredAsTheSiteAnsweredThem()
    {
        var post = Read(Item("1", "<wp:status>publish</wp:status>")).OfType<SourcePost>().Single();

        Assert.Contains("/2012/01/post-1/", post.OldPaths);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    public void VersionsWordPressRefusesAreRefusedWithLineAndPosition(string version)
    {
        var error = Assert.Throws<ExportFormatException>(() => WxrReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            Head.Replace("<wp:wxr_version>1.2</wp:wxr_version>", $"<wp:wxr_version>{version}</wp:wxr_version>") + Item("1", "") + "</channel></rss>"))).ToList());

        Assert.Equal(5, error.Line);
        Assert.True(error.Position > 0);
    }
}
