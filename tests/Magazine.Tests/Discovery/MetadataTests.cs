using System.Text.Json;
using AngleSharp.Html.Dom;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Discovery;

public sealed class MetadataTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"head meta[property='{property}'], head meta[name='{property}']")?.GetAttribute("content");

    private static List<JsonElement> JsonLd(IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    private async Task<Article> StoryWithHeroAsync(string title)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: title, tags: ["Harbours"]);
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.HeroImageUrl, "/images/demo/harbor.svg")
            .SetProperty(a => a.HeroImageAlt, "Cranes at dawn")));
        return story;
    }

    [Fact]
    public async Task AStoryPageCarriesCanonicalOpenGraphAndTwitterTagsWithAbsoluteAddresses()
    {
        var story = await StoryWithHeroAsync("Cranes return to the port");

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));

        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var canonicalUri));
        Assert.Equal(TestData.UrlOf(story), canonicalUri!.AbsolutePath);
        Assert.Equal("\u2068Cranes return to the port\u2069 | " + (await app.WithDbAsync(db => db.SiteSettings.Select(s => s.SiteName).FirstAsync())), page.Title);
        Assert.Equal(story.Dek, Meta(page, "description"));
        Assert.Equal("Cranes return to the port", Meta(page, "og:title"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal(story.Dek, Meta(page, "og:description"));
        Assert.Matches("^https?://[^/]+/images/demo/harbor.svg$", Meta(page, "og:image") ?? page.Head!.OuterHtml);
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.NotNull(Meta(page, "article:published_time"));
    }

    [Fact]
    public async Task AStoryPageDescribesItselfAsANewsArticleWithABreadcrumbTrail()
    {
        var story = await StoryWithHeroAsync("Shipping lines return");

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));

        var documents = JsonLd(page);
        var article = Assert.Single(documents, d => d.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Shipping lines return", article.GetProperty("headline").GetString());
        Assert.Equal(story.PublishedAt!.Value, article.GetProperty("datePublished").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.True(article.TryGetProperty("dateModified", out _));
        var author = article.GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.StartsWith("Author ", author.GetProperty("name").GetString());
        Assert.Matches("^https?://[^/]+/images/demo/harbor.svg$", article.GetProperty("image")[0].GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("publisher").GetProperty("name").GetString()));
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());

        var trail = Assert.Single(documents, d => d.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(3, trail.GetArrayLength());
        Assert.Equal(1, trail[0].GetProperty("position").GetInt32());
        Assert.Equal("Shipping lines return", trail[2].GetProperty("name").GetString());
        Assert.EndsWith(TestData.UrlOf(story), trail[2].GetProperty("item").GetString());
    }

    [Fact]
    public async Task StructuredDataCannotBeBrokenOutOfByTheStorysText()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var title = "Quotes \" and </script><script>alert(1)</script> & <!-- tricks";
        var story = await app.StoryAsync(section, author, title: title);

        var html = await app.CreateClient().GetStringAsync(TestData.UrlOf(story));
        var page = Html.Parse(html);

        Assert.DoesNotContain("</script><script>alert(1)", html);
        Assert.Equal(2, page.QuerySelectorAll("script[type='application/ld+json']").Length);
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.True(script.HasAttribute("src"), script.OuterHtml));
        Assert.Equal(title, JsonLd(page).Single(d => d.GetProperty("@type").GetString() == "NewsArticle").GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ar/")]
    [InlineData("/latest")]
    [InlineData("/about")]
    [InlineData("/search?q=x")]
    [InlineData("/no-such-page")]
    public async Task EveryPageHasATitleDescriptionCanonicalAndLanguageAlternates(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")));
        Assert.StartsWith("http", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["en", "ar", "x-default"], alternates);
        Assert.NotNull(page.QuerySelector("head link[rel=alternate][type='application/atom+xml']"));
    }
}
