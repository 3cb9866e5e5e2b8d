using System.Collections.Concurrent;
using AngleSharp.Dom;
using Ganss.Xss;
using Magazine.Core.Entities;
using Markdig;

namespace Magazine.Core.Content;

/// <summary>
/// Renders a story's or page's source into the HTML stored beside it: Markdown (which may
/// carry raw HTML) through Markdig, an HTML body as it is; both through the same sanitizer. The Markdig pipeline is built once; one sanitizer is kept per embed allow-list,
/// which changes only when an administrator edits the settings.
/// </summary>
/// <param name="sizeImage">
/// Gives a body image what the reader page needs (sizes, dimensions, lazy loading), on the
/// sanitizer's document, after it has judged the image: the reader view then serves the stored
/// HTML as it is. Null leaves images as written.
/// </param>
public sealed class StoryRenderer(Action<IElement>? sizeImage = null)
{
    private const int WordsPerMinute = 200;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseFootnotes()
        .UseFigures()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .Build();

    private readonly ConcurrentDictionary<string, HtmlSanitizer> _sanitizers = new();

    public RenderedContent Render(string? markdown, IEnumerable<string>? embedHosts = null) =>
        Render(markdown, BodyFormat.Markdown, embedHosts);

    public RenderedContent Render(string? source, BodyFormat format, IEnumerable<string>? embedHosts = null)
    {
        var html = RenderHtml(source, format, embedHosts);
        var text = HtmlText.ToPlainText(html);
        var minutes = Math.Max(1, (int)Math.Ceiling(HtmlText.CountWords(text) / (double)WordsPerMinute));
        return new RenderedContent(html, text, minutes);
    }

    public string RenderHtml(string? markdown, IEnumerable<string>? embedHosts = null) =>
        RenderHtml(markdown, BodyFormat.Markdown, embedHosts);

    public string RenderHtml(string? source, BodyFormat format, IEnumerable<string>? embedHosts = null)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "";
        }
        var hosts = NormaliseHosts(embedHosts);
        var sanitizer = _sanitizers.GetOrAdd(string.Join(',', hosts), _ => WithImageSizes(SanitizerPolicies.ForStories(hosts)));
        return BoundedRendering.ToSafeHtml(source, format == BodyFormat.Html ? null : _pipeline, sanitizer, rawHtml: true, ContentLimits.MaxStoryLength);
    }

    private HtmlSanitizer WithImageSizes(HtmlSanitizer sanitizer)
    {
        if (sizeImage is { } size)
        {
            sanitizer.PostProcessNode += (_, e) =>
            {
                if (e.Node is IElement { LocalName: "img" } image)
                {
                    size(image);
                }
            };
        }
        return sanitizer;
    }

    public static IReadOnlyList<string> ParseHosts(string? list) =>
        NormaliseHosts((list ?? "").Split([',', '\n', '\r', ' ', ';'], StringSplitOptions.RemoveEmptyEntries));

    private static string[] NormaliseHosts(IEnumerable<string>? hosts) =>
        (hosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
}
