using System.Net;
using Ganss.Xss;
using Markdig;

namespace Magazine.Core.Content;

/// <summary>
/// The one road from Markdown to stored HTML, shared by stories and comments: limits
/// checked by linear scans before Markdig, Markdig's own depth guard caught, the output
/// measured again before the sanitizer (whose cost grows with nesting), then sanitized.
/// Whatever fails a limit is kept as plain paragraphs of escaped text, so rendering never
/// throws and never runs long; the forms refuse such text with a message before it gets here.
/// </summary>
internal static class BoundedRendering
{
    /// <param name="pipeline">Markdig's pipeline, or null for a body that is HTML already (imported stories).</param>
    public static string ToSafeHtml(string source, MarkdownPipeline? pipeline, HtmlSanitizer sanitizer, bool rawHtml, int maxLength)
    {
        if (pipeline is null ? source.Length > maxLength : ContentLimits.Problem(source, rawHtml, maxLength) is not null)
        {
            return AsPlainText(source, maxLength);
        }
        string html;
        try
        {
            html = pipeline is null ? source : Markdown.ToHtml(source, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's "too deeply nested" guard (inline emphasis and links the scan cannot see).
            return AsPlainText(source, maxLength);
        }
        var (depth, elements) = NestingDepth.OfHtml(html);
        if (depth > ContentLimits.MaxHtmlDepth || elements > ContentLimits.MaxElements)
        {
            return AsPlainText(source, maxLength);
        }
        return sanitizer.Sanitize(html);
    }

    /// <summary>The text as written, escaped, one paragraph per blank-line-separated block.</summary>
    public static string AsPlainText(string text, int maxLength)
    {
        var kept = text.Length > maxLength ? text[..maxLength] : text;
        var paragraphs = kept.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));
    }
}
