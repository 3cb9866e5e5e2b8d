using System.Net;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Magazine.Tests.Hardening;

/// <summary>With a public base address configured, the Host header a client sends never reaches an absolute address.</summary>
public sealed class CanonicalHostTests : IDisposable
{
    private const string Public = "https://magazine.example";

    private readonly MagazineFactory _app = new MagazineFactory()
        .With("Magazine:Site:BaseUrl", Public)
        .BehindAProxy();

    public void Dispose() => _app.Dispose();

    private HttpClient ClientFor(string origin) =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin), AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/feed")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/ar/latest?page=2")]
    [InlineData("/no-such-page")]
    public async Task AnotherHostIsSentToTheSamePathOnThePublicOne(string path)
    {
        var response = await ClientFor("https://evil.example").GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Public + path, response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStoryAskedForUnderAnotherHostIsRedirectedAndItsPageNamesOnlyThePublicHost()
    {
        var story = await _app.PublishedStoryAsync();
        var url = TestData.UrlOf(story);

        var redirected = await ClientFor("https://evil.example").GetAsync(url);
        var forwarded = ClientFor(Public);
        forwarded.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var throughTheProxy = await forwarded.GetAsync(url);
        var page = await ClientFor(Public).GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MovedPermanently, redirected.StatusCode);
        Assert.Equal(Public + url, redirected.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, throughTheProxy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = Html.Parse(html);
        Assert.Equal(Public + url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(Public + url, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Contains($"\"{Public}{url}\"", document.QuerySelector("script[type='application/ld+json']")?.TextContent);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task FeedsSitemapsAndRobotsNameOnlyThePublicHost()
    {
        var story = await _app.PublishedStoryAsync();
        var client = ClientFor(Public);

        foreach (var path in (string[])["/feed", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"])
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Public + "/", body);
            Assert.DoesNotContain("localhost", body);
            Assert.DoesNotContain("evil.example", body);
        }
        Assert.Contains(Public + TestData.UrlOf(story), await client.GetStringAsync("/feed"));
    }

    [Fact]
    public async Task TheWordPressExportLinksToThePublicHost()
    {
        var story = await _app.PublishedStoryAsync();
        var file = Path.Combine(_app.DataDirectory, "export.xml");

        var export = await _app.RunVerbAsync("export", "wordpress", file);

        Assert.Equal(0, export.ExitCode);
        var xml = await File.ReadAllTextAsync(file);
        Assert.Contains(Public + TestData.UrlOf(story), xml);
        Assert.DoesNotContain("localhost", xml);
    }

    [Fact]
    public async Task AFormPostedToAnotherHostIsRefusedWithTheSitesPage()
    {
        var response = await ClientFor("https://evil.example").PostAsync("/account/signin", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task HealthChecksAnswerUnderAnyHost()
    {
        var response = await ClientFor("https://10.0.0.5:8443").GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
