using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Tests.Content;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// Every imported body of both real exports, converted to Markdown, gives readers the same
/// words, headings, links, images, lists, emphasis, quotes, code and tables as its HTML did.
/// </summary>
public sealed class ImportedBodyConversionTests(WordPressSite wordPress, BloggerSite blogger) : IClassFixture<WordPressSite>, IClassFixture<BloggerSite>
{
    private static readonly StoryRenderer Renderer = new();
    private static readonly HtmlToMarkdown Converter = new();

    [Fact]
    public Task EveryWordPressBodyConvertsWithoutChange() => CheckAsync(wordPress);

    [Fact]
    public Task EveryBloggerBodyConvertsWithoutChange() => CheckAsync(blogger);

    private static async Task CheckAsync(ImportedSite site)
    {
        var bodies = await site.WithDbAsync(db => db.Articles.Where(a => a.BodyFormat == BodyFormat.Html).Select(a => new { a.Title, a.BodyMarkdown })
            .Concat(db.Pages.Where(p => p.BodyFormat == BodyFormat.Html).Select(p => new { p.Title, p.BodyMarkdown })).ToListAsync());

        var changed = bodies
            .Select(b => (b.Title, Before: RenderedShape.Content(Renderer.RenderHtml(b.BodyMarkdown, BodyFormat.Html)), After: RenderedShape.Content(Renderer.RenderHtml(Converter.Convert(b.BodyMarkdown), BodyFormat.Markdown))))
            .Where(b => b.Before != b.After)
            .Select(b => $"{b.Title}: {Difference(b.Before, b.After)}")
            .ToList();

        Assert.NotEmpty(bodies);
        Assert.True(changed.Count == 0, $"{changed.Count} of {bodies.Count} read differently:\n" + string.Join("\n", changed));
    }

    private static string Difference(string before, string after)
    {
        var at = 0;
        while (at < before.Length && at < after.Length && before[at] == after[at])
        {
            at++;
        }
        var from = Math.Max(0, at - 60);
        return $"HTML «{before[from..Math.Min(before.Length, at + 80)]}» Markdown «{after[from..Math.Min(after.Length, at + 80)]}»";
    }
}
