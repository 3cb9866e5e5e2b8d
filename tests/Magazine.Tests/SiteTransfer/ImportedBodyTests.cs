using System.Text.RegularExpressions;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// Imported bodies read as the old site showed them: rendered for readers, none shows its own
/// markup as text (as it did when bodies were read as Markdown and indented HTML became code).
/// </summary>
public sealed partial class ImportedBodyTests(WordPressSite wordPress, BloggerSite blogger) : IClassFixture<WordPressSite>, IClassFixture<BloggerSite>
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task NoWordPressStoryOrPageShowsMarkupAsText()
    {
        var sources = XDocument.Load(wordPress.File).Descendants("item")
            .Where(i => i.Element(WpName(i, "post_type"))?.Value is "post" or "page")
            .ToDictionary(i => i.Element(WpName(i, "post_id"))!.Value, i => i.Element(Content + "encoded")?.Value ?? "");

        var checkedBodies = await CheckEveryBodyAsync(wordPress, externalId => sources[externalId[(externalId.LastIndexOf('=') + 1)..]]);

        Assert.Equal(sources.Count, checkedBodies);
    }

    [Fact]
    public async Task NoBloggerStoryOrPageShowsMarkupAsText()
    {
        var sources = XDocument.Load(blogger.File).Root!.Elements(Atom + "entry")
            .ToDictionary(e => e.Element(Atom + "id")!.Value, e => e.Element(Atom + "content")?.Value ?? "");

        var checkedBodies = await CheckEveryBodyAsync(blogger, externalId => sources[externalId]);

        Assert.Equal(48, checkedBodies);
    }

    [Fact]
    public async Task ImportedBodiesAreHtmlAndWordPressLineBreaksBecomeParagraphsAndBreaks()
    {
        var formats = await wordPress.WithDbAsync(db => db.Articles.Select(a => a.BodyFormat).Concat(db.Pages.Select(p => p.BodyFormat)).Distinct().ToListAsync());
        var body = await wordPress.WithDbAsync(db => db.Articles.Where(a => a.Slug == "markup-text-alignment").Select(a => a.BodyHtml).SingleAsync());
        var paragraphs = Html.Parse(body).QuerySelectorAll("p");

        Assert.Equal([BodyFormat.Html], formats);
        Assert.Contains(paragraphs, p => p.TextContent.StartsWith("This is a paragraph. It should not have any alignment", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.TextContent.Contains("\n\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every imported story and page, rendered (through its reader page when it is live): any
    /// tag that shows as text must have been text in the source too.
    /// </summary>
    private static async Task<int> CheckEveryBodyAsync(ImportedSite site, Func<string, string> sourceOf)
    {
        var client = site.CreateClient();
        var now = DateTime.UtcNow;
        var articles = await site.WithDbAsync(db => db.Articles.AsNoTracking().ToListAsync());
        var pages = await site.WithDbAsync(db => db.Pages.AsNoTracking().ToListAsync());
        foreach (var article in articles)
        {
            var rendered = article.Status == ArticleStatus.Published && article.PublishedAt <= now
                ? (await client.GetDocumentAsync(TestData.UrlOf(article))).QuerySelector("article .prose, .prose")!.InnerHtml
                : article.BodyHtml;
            AssertNoMarkupShownAsText(article.Title, sourceOf(article.ExternalId!), rendered);
        }
        foreach (var page in pages)
        {
            var rendered = page.IsPublished
                ? (await client.GetDocumentAsync("/p/" + Uri.EscapeDataString(page.Slug))).QuerySelector(".prose")!.InnerHtml
                : page.BodyHtml;
            AssertNoMarkupShownAsText(page.Title, sourceOf(page.ExternalId!), rendered);
        }
        return articles.Count + pages.Count;
    }

    private static void AssertNoMarkupShownAsText(string title, string source, string rendered)
    {
        var meantAsText = TagLike().Matches(Html.Parse(source).Body!.TextContent).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shown = TagLike().Matches(Html.Parse(rendered).Body!.TextContent).Select(m => m.Value);
        Assert.All(shown, tag => Assert.True(meantAsText.Contains(tag), $"'{title}' shows {tag} as text"));
    }

    private static XName WpName(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.NamespaceName.StartsWith("http", StringComparison.Ordinal))?.Name ?? Wp + localName;

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*")]
    private static partial Regex TagLike();
}
