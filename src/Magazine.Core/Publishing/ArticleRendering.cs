using Magazine.Core.Content;
using Magazine.Core.Entities;

namespace Magazine.Core.Publishing;

public static class ArticleRendering
{
    /// <summary>Regenerates the stored HTML, text and reading time from the story's source, in its format.</summary>
    public static void RenderBody(this Article article, StoryRenderer renderer, IEnumerable<string>? embedHosts)
    {
        var rendered = renderer.Render(article.BodyMarkdown, article.BodyFormat, embedHosts);
        article.BodyHtml = rendered.Html;
        article.BodyText = rendered.Text;
        article.ReadingMinutes = rendered.ReadingMinutes;
    }

    /// <summary>Both versions of the page: its own and, where it has one, the Arabic edition's.</summary>
    public static void RenderBody(this Page page, StoryRenderer renderer, IEnumerable<string>? embedHosts)
    {
        page.BodyHtml = renderer.RenderHtml(page.BodyMarkdown, page.BodyFormat, embedHosts);
        page.ArabicBodyHtml = string.IsNullOrWhiteSpace(page.ArabicBodyMarkdown)
            ? null
            : renderer.RenderHtml(page.ArabicBodyMarkdown, page.BodyFormat, embedHosts);
    }
}
