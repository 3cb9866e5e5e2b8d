using System.Text.Json;
using AngleSharp.Dom;
using Magazine.Core.Content;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

/// <summary>
/// Every public XSS vector in ../shared/data/xss, through the story and the comment
/// pipelines: nothing executable may come out. The output is parsed and inspected as a
/// browser would see it, not searched for substrings.
/// </summary>
public sealed class XssCorpusTests
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "lowsrc", "dynsrc", "codebase", "cite"];
    private static readonly string[] ExecutableSchemes = ["javascript:", "vbscript:", "data:text/html", "livescript:", "mocha:"];
    private static readonly string[] ExecutableElements = ["script", "object", "embed", "applet", "base", "meta", "link", "frame", "frameset", "svg", "math", "form", "style"];

    public static TheoryData<string> Vectors()
    {
        var vectors = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.PathOf("xss"), "*.txt"))
        {
            vectors.AddRange(File.ReadAllLines(file).Where(l => l.Trim().Length > 0));
        }
        using var cases = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("xss", "htmlsanitizer-default-xss-cases.json")));
        vectors.AddRange(cases.RootElement.EnumerateArray().Select(item => item.GetProperty("input").GetString()!));
        // The collections share many vectors; each is tried once.
        return new TheoryData<string>(vectors.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(Vectors().Count >= 300, $"only {Vectors().Count} distinct vectors found under {SharedData.Root}");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void StoryPipelineLeavesNothingExecutable(string vector)
    {
        var renderer = new StoryRenderer();
        AssertInert(renderer.RenderHtml(vector, ["www.youtube-nocookie.com"]));
        AssertInert(renderer.RenderHtml("Before\n\n" + vector + "\n\nAfter"));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void CommentPipelineLeavesNothingExecutable(string vector)
    {
        var html = new CommentRenderer().Render(vector);
        AssertInert(html);
        Assert.Empty(Html.Parse(html).QuerySelectorAll("img, iframe, h1, h2, h3"));
    }

    private static void AssertInert(string html)
    {
        var document = Html.Parse(html);
        var elements = document.Body!.QuerySelectorAll("*").ToList();
        Assert.DoesNotContain(elements, e => ExecutableElements.Contains(e.LocalName));
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} survived: {html}");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()))
                {
                    var value = Normalise(attribute.Value);
                    Assert.False(ExecutableSchemes.Any(s => value.StartsWith(s, StringComparison.Ordinal)), $"{attribute.Name}={attribute.Value} survived: {html}");
                }
                if (attribute.Name == "style")
                {
                    var style = Normalise(attribute.Value);
                    Assert.False(style.Contains("expression(") || style.Contains("javascript:") || style.Contains("behavior:") || style.Contains("-moz-binding"), $"style {attribute.Value} survived");
                }
            }
            if (element is IElement { LocalName: "iframe" } frame)
            {
                Assert.StartsWith("https://www.youtube-nocookie.com/", frame.GetAttribute("src"));
            }
        }
    }

    /// <summary>What a browser would make of a URL or style: entities decoded by the parser already; white space and control characters dropped, lower-cased.</summary>
    private static string Normalise(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
}
