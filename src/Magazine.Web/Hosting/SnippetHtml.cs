using Magazine.Core.Search;
using Microsoft.AspNetCore.Html;

namespace Magazine.Web.Hosting;

public static class SnippetHtml
{
    /// <summary>Search text with the matched words in mark elements; every piece of text is HTML-encoded.</summary>
    public static IHtmlContent Render(IReadOnlyList<SnippetPart> parts)
    {
        var html = new HtmlContentBuilder(parts.Count * 3);
        foreach (var part in parts)
        {
            if (part.Highlighted)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }
        return html;
    }
}
