using Magazine.Web.SiteTransfer.WordPress;

namespace Magazine.Tests.SiteTransfer;

public sealed class WordPressAutopTests
{
    [Fact]
    public void BlankLinesMakeParagraphsAndSingleBreaksBreaks() =>
        Assert.Equal("<p>One<br />\ntwo</p>\n<p>Three</p>\n", WordPressAutop.Apply("One\ntwo\n\nThree"));

    [Fact]
    public void PreformattedTextIsLeftAlone() =>
        Assert.Equal("<p>Code:</p>\n<pre>a\n\nb\nc</pre>\n", WordPressAutop.Apply("Code:\n<pre>a\n\nb\nc</pre>"));

    [Fact]
    public void BlockElementsAreNotWrappedOrBroken() =>
        Assert.Equal("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", WordPressAutop.Apply("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"));

    [Fact]
    public void LineBreaksInsideATagStayLineBreaks() =>
        Assert.Equal("<p><a\nhref=\"/x\">x</a></p>\n", WordPressAutop.Apply("<a\nhref=\"/x\">x</a>"));
}
