using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Later backups of the same blog add what is new and update what changed there; a dry run saves nothing.</summary>
public sealed class RepeatImportTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly ExportFiles.TempFolder _temp = ExportFiles.Temp();

    [Fact]
    public async Task ALaterBackupAddsOnlyWhatIsNew()
    {
        using var site = new MagazineFactory();
        var (earlier, removedPosts, removedComments) = EarlierBackup();
        await site.RunVerbAsync("import", "blogger", earlier);
        var before = await SiteCounts.OfAsync(site);

        var later = await site.RunVerbAsync("import", "blogger", ExportFiles.Blogger);

        var after = await SiteCounts.OfAsync(site);
        Assert.Equal(0, later.ExitCode);
        Assert.Equal(3, removedPosts);
        Assert.Equal(before.Published + 3, after.Published);
        Assert.Equal(36, after.Published);
        Assert.Equal(before.Comments + removedComments, after.Comments);
        Assert.Equal(193, after.Comments);
        Assert.Contains("36 stories: unchanged since the last import", later.Out);
    }

    [Fact]
    public async Task AStoryChangedAtTheSourceIsUpdatedInPlace()
    {
        using var site = new MagazineFactory();
        await site.RunVerbAsync("import", "blogger", ExportFiles.Blogger);
        var changed = WithEditedPost("curabitur-massa-lorem", "Curabitur massa lorem, revised", DateTime.UtcNow);

        var result = await site.RunVerbAsync("import", "blogger", changed);

        var story = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "curabitur-massa-lorem"));
        Assert.Matches(@"stories\s+0\s+1\s+38", result.Out);
        Assert.Equal("Curabitur massa lorem, revised", story.Title);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await site.CreateBrowserClient().GetAsync("/2022/09/curabitur-massa-lorem.html")).StatusCode);
    }

    [Fact]
    public async Task AStoryEditedHereAfterTheImportIsKept()
    {
        using var site = new MagazineFactory();
        await site.RunVerbAsync("import", "blogger", ExportFiles.Blogger);
        await site.WithDbAsync(async db =>
        {
            var story = await db.Articles.SingleAsync(a => a.Slug == "curabitur-massa-lorem");
            story.Title = "Edited in the newsroom";
            story.UpdatedAt = DateTime.UtcNow.AddDays(1);
            await db.SaveChangesAsync();
        });
        var changed = WithEditedPost("curabitur-massa-lorem", "Changed at the source", DateTime.UtcNow);

        var result = await site.RunVerbAsync("import", "blogger", changed);

        var title = await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == "curabitur-massa-lorem").Select(a => a.Title).SingleAsync());
        Assert.Equal("Edited in the newsroom", title);
        Assert.Contains("1 stories: edited here after it was imported; kept as it is", result.Out);
    }

    [Fact]
    public async Task TheSameWordPressFileImportedTwiceAddsNothing()
    {
        using var site = new MagazineFactory();
        var file = SharedData.PathOf("exports", "wordpress-importer", "data", "small-export.xml");
        await site.RunVerbAsync("import", "wordpress", file);
        var before = await SiteCounts.OfAsync(site);

        var again = await site.RunVerbAsync("import", "wordpress", file);

        var after = await SiteCounts.OfAsync(site);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, after);
        // As WordPress's own double import: five published posts and one private, four published pages and a draft, one comment, 30 categories.
        Assert.Equal((5, 1, 5, 4, 1, 30), (after.Published, after.Drafts, after.Pages, after.PublishedPages, after.Comments, after.Sections));
    }

    [Fact]
    public async Task DryRunReportsEverythingAndSavesNothing()
    {
        using var site = new MagazineFactory();

        var result = await site.RunVerbAsync("import", "wordpress", ExportFiles.WordPress, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Dry run (nothing was saved) from WordPress", result.Out);
        Assert.Matches(@"stories\s+58\s+0\s+0", result.Out);
        Assert.Equal(new SiteCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), await SiteCounts.OfAsync(site));
    }

    [Fact]
    public async Task NamedLabelsBecomeSectionsAndTheRestTags()
    {
        using var site = new MagazineFactory();

        await site.RunVerbAsync("import", "blogger", ExportFiles.Blogger, "--sections", "Daily Wisdom,community updates");

        var sections = await site.WithDbAsync(db => db.Categories.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
        var tags = await site.WithDbAsync(db => db.Tags.CountAsync());
        var inSection = await site.WithDbAsync(db => db.Articles.CountAsync(a => a.Category!.Slug == "daily-wisdom"));
        var label = await site.CreateBrowserClient().GetAsync("/search/label/Daily%20Wisdom");
        Assert.Equal(["Community Updates", "Daily Wisdom"], sections);
        Assert.Equal(13, tags);
        Assert.True(inSection > 0);
        Assert.Equal("/section/daily-wisdom", label.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/section/daily-wisdom")).StatusCode);
    }

    /// <summary>The real export without its three newest published posts and their comments, as an earlier backup would be.</summary>
    private (string Path, int Posts, int Comments) EarlierBackup()
    {
        var document = XDocument.Load(ExportFiles.Blogger);
        var newest = document.Root!.Elements(Atom + "entry")
            .Where(e => Kind(e) == "post" && e.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "alternate"))
            .Take(3)
            .ToList();
        var ids = newest.Select(e => e.Element(Atom + "id")!.Value).ToHashSet();
        var comments = document.Root.Elements(Atom + "entry")
            .Where(e => Kind(e) == "comment" && ids.Contains((string)e.Element(XName.Get("in-reply-to", "http://purl.org/syndication/thread/1.0"))!.Attribute("ref")!))
            .ToList();
        newest.ForEach(e => e.Remove());
        comments.ForEach(e => e.Remove());
        var path = _temp.File("earlier.xml");
        document.Save(path);
        return (path, newest.Count, comments.Count);
    }

    private string WithEditedPost(string slug, string title, DateTime updated)
    {
        var document = XDocument.Load(ExportFiles.Blogger);
        var entry = document.Root!.Elements(Atom + "entry").Single(e =>
            e.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "alternate" && ((string)l.Attribute("href")!).EndsWith("/" + slug + ".html")));
        entry.Element(Atom + "title")!.Value = title;
        entry.Element(Atom + "updated")!.Value = updated.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        var path = _temp.File("edited.xml");
        document.Save(path);
        return path;
    }

    private static string? Kind(XElement entry) => entry.Elements(Atom + "category")
        .Select(c => (string?)c.Attribute("term"))
        .FirstOrDefault(t => t?.Contains("kind#") == true)?.Split('#').Last();

    public void Dispose() => _temp.Dispose();
}
