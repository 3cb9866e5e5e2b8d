using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>WordPress's own theme unit test export (WXR 1.2), imported into an empty site.</summary>
public sealed class WordPressImportTests(WordPressSite site) : IClassFixture<WordPressSite>
{
    private static readonly XNamespace Wp = "https://wordpress.org/export/1.2/";

    [Fact]
    public async Task BringsPublishedScheduledAndDraftStoriesPagesAndComments()
    {
        var counts = await SiteCounts.OfAsync(site);

        // The password-protected post comes in as a draft.
        Assert.Equal(55, counts.Published);
        Assert.Equal(1, counts.Scheduled);
        Assert.Equal(2, counts.Drafts);
        Assert.Equal(21, counts.Pages);
        Assert.Equal(33, counts.Comments);
        Assert.Equal(30, counts.Approved);
        Assert.Equal(3, counts.Held);
        Assert.Equal(10, counts.Replies);
    }

    [Fact]
    public async Task ThreadsFollowCommentParent()
    {
        var expected = XDocument.Load(site.File).Descendants(Wp + "comment")
            .Where(c => c.Element(Wp + "comment_parent")!.Value != "0")
            .ToDictionary(c => c.Element(Wp + "comment_id")!.Value, c => c.Element(Wp + "comment_parent")!.Value);
        var stored = await site.WithDbAsync(db => db.Comments.AsNoTracking().Where(c => c.ParentId != null)
            .Select(c => new { c.ExternalId, Parent = c.Parent!.ExternalId, c.Depth, ParentDepth = c.Parent.Depth }).ToListAsync());

        Assert.Equal(expected.Count, stored.Count);
        foreach (var reply in stored)
        {
            Assert.EndsWith("#comment-" + expected[reply.ExternalId![(reply.ExternalId!.LastIndexOf('-') + 1)..]], reply.Parent);
            Assert.Equal(reply.ParentDepth + 1, reply.Depth);
        }
        Assert.Equal(9, stored.Max(r => r.Depth));
    }

    [Fact]
    public async Task CategoriesBecomeSectionsAndTagsStayTags()
    {
        var story = await site.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Slug == "template-comments")
            .Select(a => new { Section = a.Category!.Name, Tags = a.Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Slug).ToList() })
            .SingleAsync());
        var sections = await site.WithDbAsync(db => db.Categories.CountAsync());

        Assert.Equal(68, sections);
        // The first category is the story's section; the others stay on it as tags. WordPress's
        // own slugs are kept ("comments-2" is the tag, told apart from a category of that name).
        Assert.Equal("Classic", story.Section);
        Assert.Equal(["comments-2", "template", "template-2", "uncategorized"], story.Tags.Order());
    }

    [Fact]
    public async Task HeldCommentsStayOutOfTheCountAndEmailsStayPrivate()
    {
        var story = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "template-comments"));
        var emails = await site.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == story.Id && c.AuthorEmail != null).Select(c => c.AuthorEmail!).Distinct().ToListAsync());
        var page = await site.CreateClient().GetStringAsync(TestData.UrlOf(story));

        Assert.Equal(19, story.CommentCount);
        Assert.NotEmpty(emails);
        Assert.All(emails, email => Assert.DoesNotContain(email, page, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/?p=1148", "Template: Comments")]
    [InlineData("/2012/01/03/template-comments/", "Template: Comments")]
    [InlineData("/2012/01/03/template-comments", "Template: Comments")]
    [InlineData("/2012/01/03/template-comments/feed/", "Template: Comments")]
    [InlineData("/2012//01/03/template-comments/", "Template: Comments")]
    [InlineData("/?p=1174", "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>")]
    [InlineData("/?p=1173", "Markup: Title With Markup")]
    [InlineData("/2009/09/05/edge-case-no-title/", "This post has no title, but it still must link to the single post view…")]
    [InlineData("/?page_id=155", "Page with comments")]
    [InlineData("/about/page-image-alignment/", "Page Image Alignment")]
    [InlineData("/category/uncategorized/", "Uncategorized")]
    [InlineData("/category/parent-category/child-category-01/", "Child Category 01")]
    public async Task OldAddressesAnswer301ToAPageThatAnswers200(string oldPath, string heading)
    {
        var client = site.CreateBrowserClient();

        var response = await client.GetAsync(oldPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task EveryPublishedPostsPlainAndPermalinkAddressesReachIt()
    {
        var client = site.CreateBrowserClient();
        var posts = XDocument.Load(site.File).Descendants("item")
            .Where(i => i.Element(Wp + "post_type")!.Value == "post" && i.Element(Wp + "status")!.Value == "publish" && i.Element(Wp + "post_password")!.Value.Length == 0)
            .Select(i => (Id: i.Element(Wp + "post_id")!.Value, Link: new Uri(i.Element("link")!.Value)))
            .ToList();

        Assert.Equal(55, posts.Count);
        foreach (var (id, link) in posts)
        {
            var plain = await client.GetAsync("/?p=" + id);
            var pretty = await client.GetAsync(link.PathAndQuery);
            Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
            Assert.Equal(plain.Headers.Location, pretty.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(plain.Headers.Location)).StatusCode);
        }
    }

    [Fact]
    public async Task ScheduledAndDraftAddressesDoNotLeak()
    {
        var client = site.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/2020/01/01/scheduled/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?p=1164")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?utm_source=newsletter")).StatusCode);
    }

    [Theory]
    [InlineData("/feed/rss2/")]
    [InlineData("/feed/atom/")]
    [InlineData("/?feed=rss2")]
    public async Task OldFeedAddressesRedirectToTheFeed(string oldPath)
    {
        var client = site.CreateBrowserClient();

        var feed = await client.GetAsync(oldPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, feed.StatusCode);
        Assert.Equal("/feed", feed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feed")).StatusCode);
    }

    [Fact]
    public async Task WordPressFeedAndTagAddressesWithTheirSlashReachTheSamePages()
    {
        var client = site.CreateBrowserClient();

        // The site's own routes take a trailing slash, so these answer directly rather than redirect.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feed/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tag/8bit/")).StatusCode);
    }

    [Fact]
    public async Task NonAsciiSlugsAndTitlesComeThrough()
    {
        var greek = await site.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Title == "Ελληνικά-Greek"));

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/p/" + Uri.EscapeDataString(greek.Slug))).StatusCode);
    }

    [Fact]
    public async Task HeldCommentsUnderPagesWaitInTheModerationQueueWithALinkToThePage()
    {
        var (editor, _) = await site.SignedInAsync(Roles.Editor);

        var queue = await editor.GetDocumentAsync("/admin/comments?status=pending");

        Assert.Contains(queue.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/p/page-with-comments");
    }

    [Fact]
    public async Task CoreShortcodesBecomeTheHtmlTheyStandFor()
    {
        var bodies = await site.WithDbAsync(db => db.Articles.Select(a => a.BodyHtml).Concat(db.Pages.Select(p => p.BodyHtml)).ToListAsync());
        var captions = bodies.SelectMany(b => Html.Parse(b).QuerySelectorAll("figure figcaption")).Select(c => c.TextContent.Trim()).ToList();

        Assert.DoesNotContain(bodies, b => b.Contains("[caption", StringComparison.Ordinal) || b.Contains("[gallery", StringComparison.Ordinal) || b.Contains("[embed]", StringComparison.Ordinal));
        Assert.Contains("Look at 580x300 getting some caption love.", captions);
        Assert.Contains("Chunk of resinous blackboy husk, Clarkson, Western Australia. This burns like a spinifex log.", captions);
        Assert.Contains("gallery: [gallery] and [playlist] shortcodes list attachments by id", site.FirstImport.Out);
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNoCount()
    {
        var before = await SiteCounts.OfAsync(site);

        var again = await site.RunVerbAsync("import", "wordpress", site.File);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await SiteCounts.OfAsync(site));
        Assert.Contains("58 stories: unchanged since the last import", again.Out);
    }
}
