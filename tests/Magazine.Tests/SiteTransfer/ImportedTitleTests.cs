using Magazine.Web.SiteTransfer.Import;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Titles read as the old site showed them.</summary>
public sealed class ImportedTitleTests
{
    private static readonly DateTime Date = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>", "Markup: Title With Markup")]
    [InlineData("Using the <blink> tag", "Using the <blink> tag")]
    [InlineData("Using the &lt;blink&gt; tag", "Using the <blink> tag")]
    [InlineData("AT&amp;T &#8211; Q&amp;A", "AT&T – Q&A")]
    [InlineData("Entities once: &amp;amp;", "Entities once: &amp;")]
    [InlineData("A <a href=\"/x\">linked</a> word", "A linked word")]
    [InlineData("1 < 2 & 3 > 2", "1 < 2 & 3 > 2")]
    public void HtmlTitlesKeepTheirWords(string source, string expected) =>
        Assert.Equal(expected, ImportedText.Title(source, "", Date));

    [Fact]
    public void TextTitlesAreNotDecodedAgain() =>
        Assert.Equal("Q&amp;A <b>", ImportedText.Title("Q&amp;A <b>", "", Date, titleIsText: true));
}
