using Magazine.Core.Content;
using Magazine.Tests.Infrastructure;
using Magazine.Web.SiteTransfer.Import;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Imported comment HTML becomes comment Markdown that renders back to the same meaning through the comment pipeline.</summary>
public sealed class CommentMarkdownTests
{
    private static readonly CommentRenderer Renderer = new();

    [Fact]
    public void KeepsLineBreaksLinksAndEmphasis()
    {
        var html = Render("Great <b>post</b>!<br>See <a href=\"https://example.com/x\">this</a> and <i>that</i>.");

        Assert.Equal("post", html.QuerySelector("strong")?.TextContent);
        Assert.Equal("that", html.QuerySelector("em")?.TextContent);
        Assert.NotNull(html.QuerySelector("br"));
        Assert.Equal("https://example.com/x", html.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void PlainTextParagraphsStayParagraphs()
    {
        var html = Render("First paragraph.\n\nSecond line one\nsecond line two.");

        Assert.Equal(2, html.QuerySelectorAll("p").Length);
        Assert.NotNull(html.QuerySelectorAll("p")[1].QuerySelector("br"));
    }

    [Fact]
    public void MarkdownCharactersInTextStayText()
    {
        var markdown = CommentMarkdown.FromHtml("2 * 3 * 4 = 24, [not a link](x) and _under_ # hash");
        var html = Render("2 * 3 * 4 = 24, [not a link](x) and _under_ # hash");

        Assert.Contains("\\*", markdown);
        Assert.Null(html.QuerySelector("em"));
        Assert.Null(html.QuerySelector("a"));
        Assert.Equal("2 * 3 * 4 = 24, [not a link](x) and _under_ # hash", html.Body!.TextContent.Trim());
    }

    [Fact]
    public void ScriptsAndUnsafeLinksDoNotSurvive()
    {
        var html = Render("<script>alert(1)</script>Hi <a href=\"javascript:alert(1)\">there</a>");

        Assert.Null(html.QuerySelector("script"));
        Assert.Null(html.QuerySelector("a"));
        Assert.Equal("Hi there", html.Body!.TextContent.Trim());
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string importedHtml) =>
        Html.Parse(Renderer.Render(CommentMarkdown.FromHtml(importedHtml)));
}
