using Ganss.Xss;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Magazine.Core.Content;

/// <summary>
/// Renders a reader's comment: a safe Markdown subset (emphasis, links, code, quotes,
/// lists). Raw HTML is shown as text, headings are not parsed and images never survive.
/// </summary>
public sealed class CommentRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer = SanitizerPolicies.ForComments();

    public CommentRenderer()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks();
        builder.BlockParsers.RemoveAll(p => p is HeadingBlockParser or ThematicBreakParser);
        builder.BlockParsers.TryRemove<Markdig.Extensions.Tables.PipeTableBlockParser>();
        builder.InlineParsers.TryRemove<AutolinkInlineParser>();
        _pipeline = builder.Build();
    }

    /// <summary>Comment forms take 5,000 characters; imported comments may be longer.</summary>
    public const int MaxLength = 50_000;

    public string Render(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : BoundedRendering.ToSafeHtml(markdown, _pipeline, _sanitizer, rawHtml: false, MaxLength);
}
