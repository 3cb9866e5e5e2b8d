using System.Collections.Concurrent;
using Ganss.Xss;
using Magazine.Core.Entities;
using Markdig;

namespace Magazine.Core.Content;

/// <summary>
/// Renders a story's or page's source into the HTML stored beside it: Markdown (which may
/// carry raw HTML) through Markdig, an HTML body as it is; both through the same sanitizer. The Markdig pipeline is built once; one sanitizer is kept per embed allow-list,
/// which changes only when an administrator edits the settings.
/// </summary>
public sealed class StoryRenderer
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
        var sanitizer = _sanitizers.GetOrAdd(string.Join(',', hosts), _ => SanitizerPolicies.ForStories(hosts));
        return BoundedRendering.ToSafeHtml(source, format == BodyFormat.Html ? null : _pipeline, sanitizer, rawHtml: true, ContentLimits.MaxStoryLength);
    }

    public static IReadOnlyList<string> ParseHosts(string? list) =>
        NormaliseHosts((list ?? "").Split([',', '\n', '\r', ' ', ';'], StringSplitOptions.RemoveEmptyEntries));

    private static string[] NormaliseHosts(IEnumerable<string>? hosts) =>
        (hosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
}
