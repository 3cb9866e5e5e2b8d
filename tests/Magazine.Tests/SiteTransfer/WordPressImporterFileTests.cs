using System.Text.RegularExpressions;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// Every export of WordPress's own importer test suite, each imported into an empty site and
/// compared with what WordPress makes of it (read here from the file with LINQ to XML, not
/// through the importer): stories and their statuses, pages, titles, comments with their
/// parents and approval. Files WordPress refuses are refused with line and position.
/// </summary>
public sealed partial class WordPressImporterFileTests
{
    [Fact] public Task A11yUnitTestData() => ImportsAsWordPressWouldAsync("a11y-unit-test-data.xml");
    [Fact] public Task AuthorsMultiline() => ImportsAsWordPressWouldAsync("authors-multiline.xml", async app =>
        Assert.Subset((await app.WithDbAsync(db => db.Authors.Select(a => a.Slug).ToListAsync())).ToHashSet(), new HashSet<string> { "alice", "bob", "carol" }));
    [Fact] public Task Backslashes() => ImportsAsWordPressWouldAsync("backslashes.xml", async app =>
        Assert.Contains(@"C:\xampp\htdocs", await OnlyBodyTextAsync(app)));
    [Fact] public Task BlankLines() => ImportsAsWordPressWouldAsync("blank-lines.xml", async app =>
        Assert.Equal(["first paragraph", "second paragraph"], Html.Parse(await OnlyBodyAsync(app)).QuerySelectorAll("p").Select(p => p.TextContent)));
    [Fact] public Task CdataEdge() => ImportsAsWordPressWouldAsync("cdata-edge.xml", async app =>
        Assert.EndsWith("]] >", await OnlyBodyTextAsync(app)));
    [Fact] public Task ChunkedMeta() => ImportsAsWordPressWouldAsync("chunked-meta.xml");
    [Fact] public Task CrazyCdataEscaped() => ImportsAsWordPressWouldAsync("crazy-cdata-escaped.xml");
    // Broken XML ("]]>" inside a CDATA section): WordPress falls back to reading it with regular expressions; Magazine refuses it and names the place.
    [Fact] public Task CrazyCdata() => RefusedAsync("crazy-cdata.xml", "not well-formed XML");
    [Fact] public Task InvalidVersionTag() => RefusedAsync("invalid-version-tag.xml", "not a WXR version number");
    [Fact] public Task LargeAuthors() => ImportsAsWordPressWouldAsync("large-authors.xml", async app =>
        Assert.Equal(300, await app.WithDbAsync(db => db.Authors.CountAsync())));
    [Fact] public Task MalformedSimple() => RefusedAsync("malformed-simple.xml", "not well-formed XML");
    [Fact] public Task Malformed() => RefusedAsync("malformed.xml", "");
    [Fact] public Task MissingTags() => ImportsAsWordPressWouldAsync("missing-tags.xml");
    [Fact] public Task MissingVersionTag() => RefusedAsync("missing-version-tag.xml", "wxr_version");
    [Fact] public Task MultipleCdata() => ImportsAsWordPressWouldAsync("multiple-cdata.xml", async app =>
        Assert.Equal("line oneline twoline three", (await OnlyBodyTextAsync(app)).Trim()));
    [Fact] public Task NamespaceEdgeCases() => ImportsAsWordPressWouldAsync("namespace-edge-cases.xml");
    [Fact] public Task PostContentBlankLines() => ImportsAsWordPressWouldAsync("post-content-blank-lines.xml", async app =>
        Assert.True(Html.Parse(await OnlyBodyAsync(app)).QuerySelectorAll("p").Length > 1));
    [Fact] public Task Slashes() => ImportsAsWordPressWouldAsync("slashes.xml", async app =>
    {
        var comment = await app.WithDbAsync(db => db.Comments.Select(c => c.BodyHtml).SingleAsync());
        Assert.Equal("a \\\"great\\\" category", await app.WithDbAsync(db => db.Categories.Where(c => c.Slug == "alpha").Select(c => c.Name).SingleAsync()));
        Assert.Equal("foo\\'bar", await app.WithDbAsync(db => db.Tags.Where(t => t.Slug == "tag1").Select(t => t.Name).SingleAsync()));
        Assert.Equal("Slashes aren\\'t \\\"cool\\\"", (await OnlyBodyTextAsync(app)).Trim());
        Assert.Equal("\\o/ ¯\\_(ツ)_/¯", Html.Parse(comment).Body!.TextContent.Trim());
    });
    [Fact] public Task SmallExport() => ImportsAsWordPressWouldAsync("small-export.xml", async app =>
    {
        var counts = await SiteCounts.OfAsync(app);
        var privatePost = await app.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Title == "Private Post").Select(a => new { a.Status, a.Slug, Tags = a.Tags.Select(t => t.Tag.Slug).ToList() }).SingleAsync());
        var pageTitles = await app.WithDbAsync(db => db.Pages.Select(p => p.Title).ToListAsync());
        // WordPress: five published posts and one private; four published pages and a draft; one comment; 30 categories.
        Assert.Equal((5, 1, 5, 4, 1, 30), (counts.Published, counts.Drafts, counts.Pages, counts.PublishedPages, counts.Comments, counts.Sections));
        Assert.Equal(ArticleStatus.Draft, privatePost.Status);
        Assert.Equal("private-post", privatePost.Slug);
        Assert.Subset(privatePost.Tags.ToHashSet(), new HashSet<string> { "tag1", "tag2", "tag3" });
        Assert.Equal(["1-col page", "Child Page", "Draft Page", "Parent Page", "Sample Page"], pageTitles.Order());
    });
    [Fact] public Task TermFormats() => ImportsAsWordPressWouldAsync("term-formats.xml");
    [Fact] public Task TermMeta() => ImportsAsWordPressWouldAsync("term-meta.xml", app => ReportsSkippedAsync(app, "metadata: term meta is not imported"));
    [Fact] public Task TestSerializedCommentMeta() => ImportsAsWordPressWouldAsync("test-serialized-comment-meta.xml", app => ReportsSkippedAsync(app, "metadata: comment meta is not imported"));
    [Fact] public Task TestSerializedPostmetaNoCdata() => ImportsAsWordPressWouldAsync("test-serialized-postmeta-no-cdata.xml");
    [Fact] public Task TestSerializedPostmetaWithCdata() => ImportsAsWordPressWouldAsync("test-serialized-postmeta-with-cdata.xml", app => ReportsSkippedAsync(app, "metadata: post meta is not imported"));
    [Fact] public Task TestSerializedTermMeta() => ImportsAsWordPressWouldAsync("test-serialized-term-meta.xml");
    [Fact] public Task TestUtwPostMetaImport() => ImportsAsWordPressWouldAsync("test-utw-post-meta-import.xml");
    [Fact] public Task ValidWxr10() => ImportsAsWordPressWouldAsync("valid-wxr-1.0.xml");
    [Fact] public Task ValidWxr11() => ImportsAsWordPressWouldAsync("valid-wxr-1.1.xml");
    [Fact] public Task WxrFlatAttachmentDifferentSite() => ImportsAsWordPressWouldAsync("wxr-flat-attachment-different-site.xml", app =>
    {
        Assert.Contains("attachment", app.LastImport.Out);
        return Task.CompletedTask;
    });
    [Fact] public Task WxrFlatAttachmentSameSite() => ImportsAsWordPressWouldAsync("wxr-flat-attachment-same-site.xml");
    [Fact] public Task WxrSimple() => ImportsAsWordPressWouldAsync("wxr-simple.xml");
    [Fact] public Task WxrWithSubData() => ImportsAsWordPressWouldAsync("wxr-with-sub-data.xml");

    [Fact]
    public void EveryFileHasItsTest()
    {
        var files = Directory.GetFiles(PathOf("")).Select(Path.GetFileNameWithoutExtension).Select(MethodName);
        var tests = typeof(WordPressImporterFileTests).GetMethods().Select(m => m.Name).ToHashSet();

        Assert.All(files, name => Assert.Contains(name, tests));
    }

    private static string MethodName(string? file) =>
        string.Concat(Regex.Split(file!.Replace("wxr-1.", "wxr-1").Replace(".", ""), "[-_]").Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static async Task ImportsAsWordPressWouldAsync(string file, Func<ImportApp, Task>? also = null)
    {
        using var app = new ImportApp();
        var expected = Expected.Read(PathOf(file), app.Clock.GetUtcNow().UtcDateTime);

        app.LastImport = await app.RunVerbAsync("import", "wordpress", PathOf(file));

        Assert.True(app.LastImport.ExitCode == 0, app.LastImport.Error);
        var counts = await SiteCounts.OfAsync(app);
        var storyTitles = await app.WithDbAsync(db => db.Articles.Select(a => a.Title).ToListAsync());
        var pageTitles = await app.WithDbAsync(db => db.Pages.Select(p => p.Title).ToListAsync());
        Assert.Equal(expected.Stories, storyTitles.Count);
        Assert.Equal((expected.Published, expected.Scheduled), (counts.Published, counts.Scheduled));
        Assert.Equal((expected.Pages, expected.PublishedPages), (counts.Pages, counts.PublishedPages));
        Assert.Equal((expected.Comments, expected.Replies, expected.Approved), (counts.Comments, counts.Replies, counts.Approved));
        Assert.Subset(storyTitles.Concat(pageTitles).ToHashSet(), expected.PlainTitles);
        if (also is not null)
        {
            await also(app);
        }
    }

    private static Task ReportsSkippedAsync(ImportApp app, string line)
    {
        Assert.Contains(line, app.LastImport.Out);
        return Task.CompletedTask;
    }

    private static async Task RefusedAsync(string file, string message)
    {
        using var app = new ImportApp();

        var result = await app.RunVerbAsync("import", "wordpress", PathOf(file));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Matches(@"[Ll]ine \d+, position \d+", result.Error);
        Assert.Contains("Nothing was imported.", result.Error);
        Assert.Equal(new SiteCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), await SiteCounts.OfAsync(app));
    }

    private static Task<string> OnlyBodyAsync(MagazineFactory app) => app.WithDbAsync(db => db.Articles.Select(a => a.BodyHtml).SingleAsync());

    private static Task<string> OnlyBodyTextAsync(MagazineFactory app) => app.WithDbAsync(db => db.Articles.Select(a => a.BodyText).SingleAsync());

    private static string PathOf(string file) => SharedData.PathOf("exports", "wordpress-importer", "data", file);

    private sealed class ImportApp : MagazineFactory
    {
        public (int ExitCode, string Out, string Error) LastImport { get; set; }
    }

    /// <summary>What WordPress makes of a file, for what a magazine keeps.</summary>
    private sealed record Expected(int Stories, int Published, int Scheduled, int Pages, int PublishedPages, int Comments, int Replies, int Approved, HashSet<string> PlainTitles)
    {
        public static Expected Read(string path, DateTime now)
        {
            var items = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "item" && e.Name.NamespaceName.Length == 0).ToList();
            string? Wp(XElement parent, string name) =>
                parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && WpNamespace().IsMatch(e.Name.NamespaceName))?.Value.Trim();
            var posts = items.Where(i => (Wp(i, "post_type") ?? "post") == "post").ToList();
            var pages = items.Where(i => Wp(i, "post_type") == "page").ToList();
            DateTime? DateOf(XElement i) =>
                new[] { Wp(i, "post_date_gmt"), Wp(i, "post_date") }.Where(d => !string.IsNullOrEmpty(d) && !d.StartsWith("0000", StringComparison.Ordinal))
                    .Select(d => (DateTime?)DateTime.SpecifyKind(DateTime.Parse(d!, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)).FirstOrDefault();
            bool Public(XElement i) => Wp(i, "status") is "publish" or "future" && string.IsNullOrEmpty(Wp(i, "post_password")) && DateOf(i) is not null;
            var comments = posts.Concat(pages).SelectMany(i => i.Elements().Where(e => e.Name.LocalName == "comment" && WpNamespace().IsMatch(e.Name.NamespaceName))).ToList();
            return new Expected(
                posts.Count,
                posts.Count(i => Public(i) && DateOf(i) <= now),
                posts.Count(i => Public(i) && DateOf(i) > now),
                pages.Count,
                pages.Count(i => Public(i) && DateOf(i) <= now),
                comments.Count,
                comments.Count(c => Wp(c, "comment_parent") is { Length: > 0 } parent && parent != "0"),
                comments.Count(c => Wp(c, "comment_approved") is "1" or "approve"),
                posts.Concat(pages).Select(i => i.Element("title")?.Value.Trim() ?? "")
                    .Where(t => t.Length > 0 && !t.Contains('<', StringComparison.Ordinal) && !t.Contains('&', StringComparison.Ordinal)).ToHashSet());
        }
    }

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/$")]
    private static partial Regex WpNamespace();
}
