using System.Xml.Linq;
using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>`export wordpress` writes the whole site; importing that file into an empty site gives the same site back.</summary>
public sealed class RoundTripTests : IDisposable
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task ExportThenImportIntoAnEmptySiteLosesNothing()
    {
        using var original = new MagazineFactory();
        Assert.Equal(0, (await original.RunVerbAsync("import", "blogger", ExportFiles.Blogger)).ExitCode);
        Assert.Equal(0, (await original.RunVerbAsync("import", "wordpress", ExportFiles.WordPress)).ExitCode);
        await AddNewsroomContentAsync(original);
        var path = _temp.File("site.xml");

        var export = await original.RunVerbAsync("export", "wordpress", path, "--site-url", "https://magazine.example");
        using var copy = new MagazineFactory();
        var import = await copy.RunVerbAsync("import", "wordpress", path);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        var before = await SiteSnapshot.TakeAsync(original);
        var after = await SiteSnapshot.TakeAsync(copy);
        Assert.Equal(before.Authors, after.Authors);
        Assert.Equal(before.Sections, after.Sections);
        Assert.Equal(before.Tags, after.Tags);
        Assert.Equal(before.Pages, after.Pages);
        Assert.Equal(before.Stories, after.Stories);
        Assert.Equal(before.Comments.Count, after.Comments.Count);
        foreach (var (expected, actual) in before.Comments.Zip(after.Comments))
        {
            Assert.Equal(expected, actual);
        }
        Assert.Equal(39 + 58 + 3, before.Stories.Count);
        Assert.Equal(193 + 33 + 3, before.Comments.Count);
    }

    [Fact]
    public async Task ExportThenImportAnswersEveryOldAddressWithTheSameTarget()
    {
        using var original = new MagazineFactory();
        Assert.Equal(0, (await original.RunVerbAsync("import", "blogger", ExportFiles.Blogger)).ExitCode);
        Assert.Equal(0, (await original.RunVerbAsync("import", "wordpress", ExportFiles.WordPress)).ExitCode);
        var path = _temp.File("site.xml");
        Assert.Equal(0, (await original.RunVerbAsync("export", "wordpress", path, "--site-url", "https://magazine.example")).ExitCode);
        using var copy = new MagazineFactory();

        var import = await copy.RunVerbAsync("import", "wordpress", path);

        Assert.True(import.ExitCode == 0, import.Error);
        var oldPaths = await original.WithDbAsync(db => db.Redirects.Select(r => r.FromPath).ToListAsync());
        var before = original.CreateBrowserClient();
        var after = copy.CreateBrowserClient();
        var moved = 0;
        foreach (var oldPath in oldPaths)
        {
            var expected = await before.GetAsync(oldPath);
            var actual = await after.GetAsync(oldPath);
            moved += expected.StatusCode == System.Net.HttpStatusCode.MovedPermanently ? 1 : 0;
            Assert.True(actual.StatusCode == expected.StatusCode && actual.Headers.Location == expected.Headers.Location,
                $"{oldPath}: {(int)expected.StatusCode} {expected.Headers.Location} before, {(int)actual.StatusCode} {actual.Headers.Location} after");
        }
        Assert.True(moved > 300, $"only {moved} old addresses answer 301");
    }

    [Fact]
    public async Task ExportIsWxr12WithThreadsThatWordPressReads()
    {
        using var site = new MagazineFactory();
        Assert.Equal(0, (await site.RunVerbAsync("import", "wordpress", ExportFiles.WordPress)).ExitCode);
        var path = _temp.File("wp.xml");

        var result = await site.RunVerbAsync("export", "wordpress", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("58 stories, 21 pages, 33 comments", result.Out);
        var channel = XDocument.Load(path).Root!.Element("channel")!;
        Assert.Equal("1.2", channel.Element(Wp + "wxr_version")?.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(58, items.Count(i => i.Element(Wp + "post_type")?.Value == "post"));
        Assert.Equal(21, items.Count(i => i.Element(Wp + "post_type")?.Value == "page"));
        Assert.Equal(["draft", "future", "publish"], items.Select(i => i.Element(Wp + "status")!.Value).Distinct().Order());
        var comments = items.SelectMany(i => i.Elements(Wp + "comment")).ToList();
        var ids = comments.Select(c => c.Element(Wp + "comment_id")!.Value).ToHashSet();
        var replies = comments.Where(c => c.Element(Wp + "comment_parent")!.Value != "0").ToList();
        Assert.Equal(10, replies.Count);
        Assert.All(replies, r => Assert.Contains(r.Element(Wp + "comment_parent")!.Value, ids));
        Assert.Equal(3, comments.Count(c => c.Element(Wp + "comment_approved")!.Value == "0"));
        Assert.Equal(68, channel.Elements(Wp + "category").Count());
        Assert.Equal(3, channel.Elements(Wp + "author").Count());
    }

    [Fact]
    public async Task ImportingTheExportTwiceChangesNothing()
    {
        using var original = new MagazineFactory();
        await original.RunVerbAsync("import", "blogger", ExportFiles.Blogger);
        var path = _temp.File("again.xml");
        await original.RunVerbAsync("export", "wordpress", path);
        using var copy = new MagazineFactory();
        await copy.RunVerbAsync("import", "wordpress", path);
        var first = await SiteCounts.OfAsync(copy);

        var again = await copy.RunVerbAsync("import", "wordpress", path);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first, await SiteCounts.OfAsync(copy));
    }

    /// <summary>What the newsroom makes beyond an import: Markdown bodies, review and trash, features, Arabic, hero images, moderated comments.</summary>
    private static async Task AddNewsroomContentAsync(MagazineFactory app)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var markdown = "## A heading\n\nSome **bold** words & a [link](https://example.com).\n\n- one\n- two";
        var featured = await app.StoryAsync(section, author, title: "Features & <Things>", body: markdown, featured: true, tags: ["Markets", "Energy"]);
        var arabic = await app.StoryAsync(section, author, title: "جسور بغداد تعود", body: "نص **القصة** هنا.", language: "ar");
        var review = await app.StoryAsync(section, author, ArticleStatus.InReview);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var renderer = new CommentRenderer();
        await app.WithDbAsync(async db =>
        {
            var story = await db.Articles.SingleAsync(a => a.Id == featured.Id);
            story.HeroImageUrl = "https://images.example.com/hero.jpg";
            story.HeroImageAlt = "A bridge at dusk";
            story.CommentsClosed = true;
            story.Dek = "Prices <rise> & fall";
            var trashed = await db.Articles.SingleAsync(a => a.Id == arabic.Id);
            trashed.StatusBeforeTrash = trashed.Status;
            trashed.Status = ArticleStatus.Trashed;
            var top = Comment(featured.Id, "Reader One", "A *fine* piece.\n\nSecond paragraph.", CommentStatus.Approved, now.AddMinutes(-30), renderer);
            db.Comments.Add(top);
            await db.SaveChangesAsync();
            var reply = Comment(featured.Id, "Reader Two", "Disagree.", CommentStatus.Approved, now.AddMinutes(-20), renderer);
            reply.ParentId = top.Id;
            reply.Depth = 1;
            reply.DeletedAt = now.AddMinutes(-10);
            db.Comments.Add(reply);
            db.Comments.Add(Comment(review.Id, "Spammer", "Buy now", CommentStatus.Spam, now.AddMinutes(-5), renderer));
            story.CommentCount = 1;
            await db.SaveChangesAsync();
        });
    }

    private static Comment Comment(int articleId, string author, string markdown, CommentStatus status, DateTime at, CommentRenderer renderer) => new()
    {
        ArticleId = articleId,
        AuthorName = author,
        AuthorEmail = author.Replace(' ', '.').ToLowerInvariant() + "@example.com",
        AuthorUrl = "https://example.com/readers",
        BodyMarkdown = markdown,
        BodyHtml = renderer.Render(markdown),
        Status = status,
        CreatedAt = at,
    };

    public void Dispose() => _temp.Dispose();
}
