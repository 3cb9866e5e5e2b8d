using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>The real Blogger "Back up content" export, imported into an empty site.</summary>
public sealed class BloggerImportTests(BloggerSite site) : IClassFixture<BloggerSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task BringsEveryStoryDraftPageAndComment()
    {
        var counts = await SiteCounts.OfAsync(site);

        Assert.Equal(36, counts.Published);
        Assert.Equal(3, counts.Drafts);
        Assert.Equal(0, counts.Scheduled);
        Assert.Equal(9, counts.Pages);
        Assert.Equal(193, counts.Comments);
        Assert.Equal(113, counts.Replies);
        Assert.Contains("193 approved, 0 held, 0 spam; 113 of them replies", site.FirstImport.Out);
    }

    [Fact]
    public async Task EveryReplyHangsUnderTheCommentItsRelatedLinkNames()
    {
        // Expected threads, read straight from the file: reply id -> parent id, by the number at the end of each id.
        var entries = XDocument.Load(site.File).Root!.Elements(Atom + "entry")
            .Where(e => e.Elements(Atom + "category").Any(c => ((string?)c.Attribute("term"))?.EndsWith("kind#comment") == true))
            .ToList();
        var expected = entries
            .Select(e => (Id: Number(e.Element(Atom + "id")!.Value), Related: e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "related")))
            .Where(e => e.Related is not null)
            .ToDictionary(e => e.Id, e => Number((string)e.Related!.Attribute("href")!));

        var stored = await site.WithDbAsync(db => db.Comments.AsNoTracking()
            .Where(c => c.ParentId != null)
            .Select(c => new { c.ExternalId, Parent = c.Parent!.ExternalId, c.Depth, c.ArticleId, c.PageId, ParentArticle = c.Parent.ArticleId, ParentPage = c.Parent.PageId })
            .ToListAsync());

        Assert.Equal(113, expected.Count);
        Assert.Equal(expected.Count, stored.Count);
        foreach (var reply in stored)
        {
            Assert.Equal(expected[Number(reply.ExternalId!)], Number(reply.Parent!));
            Assert.Equal(1, reply.Depth);
            Assert.Equal((reply.ParentArticle, reply.ParentPage), (reply.ArticleId, reply.PageId));
        }
    }

    [Fact]
    public async Task CommentsOnPagesLandOnThosePages()
    {
        var onPages = await site.WithDbAsync(db => db.Comments.CountAsync(c => c.PageId != null));
        var pageIdsInFile = XDocument.Load(site.File).Root!.Elements(Atom + "entry")
            .Select(e => e.Element(Atom + "id")!.Value)
            .Where(id => id.Contains(".page-"))
            .Select(Number)
            .ToHashSet();
        var expected = XDocument.Load(site.File).Root!.Descendants(XName.Get("in-reply-to", "http://purl.org/syndication/thread/1.0"))
            .Count(r => pageIdsInFile.Contains(Number((string)r.Attribute("ref")!)));

        Assert.Equal(55, expected);
        Assert.Equal(expected, onPages);
    }

    [Fact]
    public async Task CommentCountsAreApprovedCommentsPerStory()
    {
        var mismatches = await site.WithDbAsync(db => db.Articles.CountAsync(a =>
            a.CommentCount != db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved && c.DeletedAt == null)));
        var withComments = await site.WithDbAsync(db => db.Articles.CountAsync(a => a.CommentCount > 0));

        Assert.Equal(0, mismatches);
        Assert.True(withComments > 0);
    }

    [Fact]
    public async Task EachOldPostAddressAnswers301ToAPageThatAnswers200()
    {
        var client = site.CreateBrowserClient();
        var published = XDocument.Load(site.File).Root!.Elements(Atom + "entry")
            .Where(e => e.Elements(Atom + "category").Any(c => ((string?)c.Attribute("term"))?.EndsWith("kind#post") == true))
            .Select(e => (Title: e.Element(Atom + "title")!.Value, Link: e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "alternate")))
            .Where(e => e.Link is not null)
            .Select(e => (e.Title, Path: new Uri((string)e.Link!.Attribute("href")!).AbsolutePath))
            .ToList();

        Assert.Equal(36, published.Count);
        foreach (var (title, path) in published)
        {
            Assert.Matches(@"^/\d{4}/\d{2}/[^/]+\.html$", path);
            var page = await FollowOneRedirectAsync(client, path);
            Assert.Equal(title.Trim(), page.QuerySelector("h1")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task MobileVariantOfAnOldAddressRedirectsToo()
    {
        var client = site.CreateBrowserClient();

        var page = await FollowOneRedirectAsync(client, "/2022/09/curabitur-massa-lorem.html?m=1");

        Assert.Equal("Curabitur massa lorem", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task OldPageLabelAndFeedAddressesRedirect()
    {
        var client = site.CreateBrowserClient();

        var page = await FollowOneRedirectAsync(client, "/p/stylesheet.html");
        var label = await FollowOneRedirectAsync(client, "/search/label/Daily%20Wisdom");
        var feed = await client.GetAsync("/feeds/posts/default?alt=rss");

        Assert.Equal("Stylesheet", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Daily Wisdom", label.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.MovedPermanently, feed.StatusCode);
        Assert.Equal("/feed", feed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feed")).StatusCode);
    }

    [Fact]
    public async Task UntitledDraftGetsADatedTitleAndSlug()
    {
        var untitled = await site.WithDbAsync(db => db.Articles.AsNoTracking()
            .SingleAsync(a => a.ExternalId == "tag:blogger.com,1999:blog-5208217296577501852.post-1293002393811303655"));

        Assert.Equal(ArticleStatus.Draft, untitled.Status);
        Assert.StartsWith("Untitled, ", untitled.Title);
        Assert.Equal("untitled-30-september-2022", untitled.Slug);
    }

    [Fact]
    public async Task BodiesAreKeptAsEditableSourceAndSanitised()
    {
        var story = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "video-cwp-project-introduction"));
        var body = Html.Parse(story.BodyHtml);

        Assert.StartsWith("<div class=\"separator\"", story.BodyMarkdown);
        var frame = Assert.Single(body.QuerySelectorAll("iframe"));
        Assert.StartsWith("https://www.youtube.com/embed/", frame.GetAttribute("src"));
        Assert.Null(frame.GetAttribute("data-thumbnail-src"));
        Assert.Null(body.QuerySelector("[class]"));
        Assert.Equal("Transcript", body.QuerySelector("h3")?.TextContent);
        Assert.Contains("Transcript Because of our current circumstances", story.BodyText);
    }

    [Fact]
    public void ReportListsTheImagesLeftAtTheirAddresses()
    {
        var images = site.FirstImport.Out.Split('\n').SkipWhile(l => !l.StartsWith("Images left at their original addresses")).Skip(1).ToList();

        Assert.Contains(images, l => l.Trim().StartsWith("https://randomwordgenerator.com/img/picture-generator/"));
        Assert.All(images.Where(l => l.Trim().Length > 0), l => Assert.StartsWith("  http", l));
    }

    [Fact]
    public async Task AuthorsBecomeProfilesWithoutAccountsAndCommenterEmailsStayPrivate()
    {
        var authors = await site.WithDbAsync(db => db.Authors.AsNoTracking().ToListAsync());
        var emails = await site.WithDbAsync(db => db.Comments.CountAsync(c => c.AuthorEmail != null));

        var author = Assert.Single(authors);
        Assert.Equal("Lance Hegland (Civic Innovations)", author.DisplayName);
        Assert.Null(author.UserId);
        Assert.Equal("https://www.blogger.com/profile/15576681007190902298", author.ExternalId);
        Assert.Equal(0, emails);
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNoCount()
    {
        var before = await SiteCounts.OfAsync(site);

        var again = await site.RunVerbAsync("import", "blogger", site.File);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await SiteCounts.OfAsync(site));
        Assert.Contains("39 stories: unchanged since the last import", again.Out);
        Assert.Contains("193 comments: already imported", again.Out);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowOneRedirectAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"GET {path}: expected 301, got {(int)response.StatusCode}");
        var target = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/", target);
        return await client.GetDocumentAsync(target);
    }

    private static string Number(string id) => id.TrimEnd('/')[(id.TrimEnd('/').LastIndexOfAny(['-', '/']) + 1)..];
}
