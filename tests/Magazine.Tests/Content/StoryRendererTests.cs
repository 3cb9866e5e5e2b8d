using Magazine.Core.Content;

namespace Magazine.Tests.Content;

public sealed class StoryRendererTests
{
    private readonly StoryRenderer _renderer = new();

    [Fact]
    public void RendersMarkdownToHtmlTextAndReadingTime()
    {
        var result = _renderer.Render("## Heading\n\nSome *emphasis* and a [link](https://example.com).\n\n- a\n- b");

        var doc = Infrastructure.Html.Parse(result.Html);
        Assert.Equal("Heading", doc.QuerySelector("h2")?.TextContent);
        Assert.Equal("https://example.com", doc.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(2, doc.QuerySelectorAll("li").Length);
        Assert.StartsWith("Heading Some emphasis", result.Text);
        Assert.Equal(1, result.ReadingMinutes);
    }

    [Fact]
    public void RawHtmlIsSanitised()
    {
        var html = _renderer.RenderHtml("<p onclick=\"x()\">Hi</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>");

        var doc = Infrastructure.Html.Parse(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Null(doc.QuerySelector("p")?.GetAttribute("onclick"));
        Assert.Null(doc.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void IframesSurviveOnlyFromAllowedHosts()
    {
        const string markdown = "<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n\n<iframe src=\"https://evil.example/x\"></iframe>";

        var withList = Infrastructure.Html.Parse(_renderer.RenderHtml(markdown, ["www.youtube-nocookie.com"]));
        var without = Infrastructure.Html.Parse(_renderer.RenderHtml(markdown));

        Assert.Equal("https://www.youtube-nocookie.com/embed/x", Assert.Single(withList.QuerySelectorAll("iframe")).GetAttribute("src"));
        Assert.Empty(without.QuerySelectorAll("iframe"));
    }
}

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Aleppo's Market Reopens!", "aleppo-s-market-reopens")]
    [InlineData("  Café  crème ", "cafe-creme")]
    [InlineData("مَعْرِضُ الكتاب يعود", "معرض-الكتاب-يعود")]
    [InlineData("---", "")]
    [InlineData("أسواقُ إدلب وآبار المؤن، ومسؤولو البيئة", "أسواق-إدلب-وآبار-المؤن-ومسؤولو-البيئة")]
    [InlineData("مـــدينة ئ ة", "مدينة-ئ-ة")]
    public void MakesReadableSlugs(string title, string expected) => Assert.Equal(expected, Slugs.From(title));
}
