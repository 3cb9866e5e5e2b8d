using Magazine.Core.Content;
using Magazine.Core.Entities;

namespace Magazine.Tests.Content;

/// <summary>An HTML body rewritten as Markdown renders to the same page, through the same renderer and sanitizer.</summary>
public sealed class HtmlToMarkdownTests
{
    private static readonly StoryRenderer Renderer = new();
    private static readonly HtmlToMarkdown Converter = new();

    [Theory]
    [InlineData("<h2>A heading</h2><p>Some <em>light</em> and <strong>strong</strong> words, <b>bold</b> and <i>italic</i>.</p>")]
    [InlineData("<p>A <a href=\"https://example.com/a_(b)\" title=\"The &quot;title&quot;\">link with parentheses</a> and <a href=\"/local\">a local one</a>.</p>")]
    [InlineData("<p><img src=\"/media/photo.jpg\" alt=\"A harbour at dawn\"> and <img src=\"https://example.com/x.png\" alt=\"\" width=\"300\" height=\"200\"></p>")]
    [InlineData("<ul><li>One</li><li>Two<ul><li>Two and a half</li></ul></li></ul><ol start=\"3\"><li>Third</li><li>Fourth</li></ol>")]
    [InlineData("<ol><li><p>A paragraph in an item.</p><p>And a second.</p></li><li><p>Another item.</p></li></ol>")]
    [InlineData("<p>1986. A year, not a list.</p><p>2*3*4 and a\\_b and # not a heading</p><p>- not an item</p><p>+ nor this</p>")]
    [InlineData("<p>Line one<br>Line two<br><br>Line after a gap</p>")]
    [InlineData("<blockquote><p>Quoted, with <em>emphasis</em>.</p><p>Second paragraph.</p></blockquote>")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;\n\nvar y = \"`code`\";\n```</code></pre><p>Inline <code>a `tick`</code> here.</p>")]
    [InlineData("<p style=\"text-align: center;\">Centred, as WordPress aligns it.</p><table><tr><td>A cell</td></tr>\n\n<tr><td>Another</td></tr></table>")]
    [InlineData("<hr><p>AT&amp;T &amp;copy; &lt;blink&gt; www.example.com and https://example.com as text</p>")]
    [InlineData("<p>A word<strong>\"quoted\"</strong>word, <span style=\"color: red\">a styled <em>span</em></span>, <sup>1</sup> and <del>gone</del>.</p>")]
    [InlineData("<p>&nbsp;</p><p>a. b) i. Mr. Smith ~~ ^ == ++ [not a link] ![nor](an image) | pipe</p>")]
    [InlineData("<p><img src=\"/media/sized.jpg\" alt=\"Sized\" width=\"300\" height=\"200\"></p><pre>A plain pre\n\nwith a gap</pre>")]
    public void TheConvertedBodyRendersAsTheHtmlDid(string html)
    {
        var markdown = Converter.Convert(html);

        var before = Renderer.RenderHtml(html, BodyFormat.Html);
        var after = Renderer.RenderHtml(markdown, BodyFormat.Markdown);
        Assert.True(RenderedShape.Of(before) == RenderedShape.Of(after),
            $"Markdown:\n{markdown}\n\nHTML renders:\n{RenderedShape.Of(before)}\n\nMarkdown renders:\n{RenderedShape.Of(after)}");
    }

    [Fact]
    public void WhatMarkdownWritesPlainlyIsWrittenAsMarkdown()
    {
        var markdown = Converter.Convert("<h2>Title</h2><p>Some <strong>bold</strong> and a <a href=\"https://example.com\">link</a>.</p><ul><li>One</li><li>Two</li></ul><p><img src=\"/media/a.jpg\" alt=\"A\"></p>");

        Assert.Equal("## Title\n\nSome **bold** and a [link](https://example.com).\n\n- One\n- Two\n\n![A](/media/a.jpg)", markdown);
    }

    [Fact]
    public void LooseTextAndPlainWrappersBecomeParagraphsAndBlankLinesStay()
    {
        var markdown = Converter.Convert("Text at the top level<br />\nwith a break<div>and a plain wrapper</div><div><br></div><div>After a blank line<br><br></div><h3>Heading</h3>");

        Assert.Equal("Text at the top level\\\nwith a break\n\nand a plain wrapper\n\n<br>\n\nAfter a blank line\n\n<br>\n\n### Heading", markdown);
    }

    [Fact]
    public void ScriptsDoNotComeAcrossAndTheSanitizerStillCleansWhatIsKeptAsHtml()
    {
        var markdown = Converter.Convert("<p onclick=\"alert(1)\">Hi</p><script>alert(2)</script><p><a href=\"javascript:alert(3)\">x</a></p>");

        var html = Renderer.RenderHtml(markdown, BodyFormat.Markdown);
        Assert.DoesNotContain("<script", markdown);
        Assert.DoesNotContain("alert", html);
        Assert.Contains("Hi", html);
    }
}
