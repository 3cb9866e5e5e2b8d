using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Monthly archives (/YYYY/MM/, which Blogger and WordPress both had) are reader pages in both editions.</summary>
public sealed class MonthlyArchiveTests(WordPressSite site) : IClassFixture<WordPressSite>
{
    [Fact]
    public async Task AMonthListsItsStoriesPagedLikeOtherLists()
    {
        var client = site.CreateBrowserClient();

        // WordPress's theme test has eleven published posts dated November 2018; a page holds ten.
        var first = await client.GetDocumentAsync("/2018/11/");
        var second = await client.GetDocumentAsync("/2018/11?page=2");

        Assert.Equal("November 2018", first.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(10, StoryLinks(first, "/2018/11/").Count);
        Assert.Single(StoryLinks(second, "/2018/11/"));
        Assert.Empty(StoryLinks(first, "/2018/11/").Intersect(StoryLinks(second, "/2018/11/")));
    }

    [Fact]
    public async Task TheArabicEditionHasTheSameMonth()
    {
        var page = await site.CreateBrowserClient().GetDocumentAsync("/ar/2018/11/");

        // The month is the whole site's archive; its English stories link to their own edition and say their language.
        Assert.Equal(10, StoryLinks(page, "/2018/11/").Count);
        Assert.Equal("بالإنجليزية", page.QuerySelector("article.card .language-mark")?.TextContent);
    }

    [Fact]
    public async Task AMonthWithoutStoriesIsNotFound()
    {
        var response = await site.CreateBrowserClient().GetAsync("/1999/01/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HashSet<string> StoryLinks(AngleSharp.Html.Dom.IHtmlDocument page, string monthPath) =>
        page.QuerySelectorAll("main .card-title a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith(monthPath, StringComparison.Ordinal) && href.Length > monthPath.Length)
            .ToHashSet();
}
