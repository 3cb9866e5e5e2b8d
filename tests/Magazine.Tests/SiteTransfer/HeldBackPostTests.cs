using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Posts the old site kept from the public (private, password-protected) stay out of readers' sight.</summary>
public sealed class HeldBackPostTests(WordPressSite site) : IClassFixture<WordPressSite>
{
    private static readonly XNamespace Wp = "https://wordpress.org/export/1.2/";

    [Fact]
    public async Task PasswordProtectedPostsComeInAsDraftsAndTheReportNamesThem()
    {
        var story = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "template-password-protected"));

        Assert.Equal(ArticleStatus.Draft, story.Status);
        Assert.Null(story.PublishedAt);
        Assert.Contains("Held back as drafts:", site.FirstImport.Out);
        Assert.Contains("1 stories, password-protected at the source: " + story.Title, site.FirstImport.Out);
    }

    [Fact]
    public async Task NoHeldBackPostAnswersToAReader()
    {
        var client = site.CreateBrowserClient();
        var heldBack = XDocument.Load(site.File).Descendants("item")
            .Where(i => i.Element(Wp + "post_password")?.Value.Trim() is { Length: > 0 } || i.Element(Wp + "status")?.Value == "private")
            .Select(i => (Id: i.Element(Wp + "post_id")!.Value, Title: i.Element("title")!.Value, Link: new Uri(i.Element("link")!.Value).PathAndQuery))
            .ToList();
        var feed = await client.GetStringAsync("/feed");

        Assert.NotEmpty(heldBack);
        foreach (var (id, title, link) in heldBack)
        {
            foreach (var path in new[] { link, "/?p=" + id })
            {
                var response = await client.GetAsync(path);
                Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
                Assert.DoesNotContain(WebUtility.HtmlEncode(title), await response.Content.ReadAsStringAsync());
            }
            Assert.DoesNotContain(title, feed);
        }
    }
}
