using Magazine.Core.Content;

namespace Magazine.Web.Seeding;

/// <summary>
/// Story bodies for the load-test archive, each its own mix of paragraphs. Paragraphs,
/// subheadings and lists are rendered once each through the real renderer and a body is a
/// random run of them, so every story has its own text (search sees a realistic spread of
/// words) while seeding 100,000 stories costs a few thousand renders, not 100,000.
/// </summary>
public sealed class SyntheticBodies
{
    private const int EnglishParagraphs = 3_500;
    private const int ArabicParagraphs = 500;

    private readonly SyntheticText _text;
    private readonly Dictionary<bool, Pool> _pools;

    public SyntheticBodies(SyntheticText text, StoryRenderer renderer)
    {
        _text = text;
        _pools = new()
        {
            [false] = new Pool(text, renderer, arabic: false, EnglishParagraphs),
            [true] = new Pool(text, renderer, arabic: true, ArabicParagraphs),
        };
    }

    public RenderedBody Compose(bool arabic)
    {
        var pool = _pools[arabic];
        var parts = new List<RenderedPart>();
        var paragraphs = 3 + _text.Next(7);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i == 2)
            {
                parts.Add(pool.Pick(pool.Headings));
            }
            if (i == 4 && _text.Next(3) == 0)
            {
                parts.Add(pool.Pick(pool.Lists));
            }
            parts.Add(pool.Pick(pool.Paragraphs));
        }
        var text = string.Join('\n', parts.Select(p => p.Text));
        return new RenderedBody(
            string.Join("\n\n", parts.Select(p => p.Markdown)),
            string.Join('\n', parts.Select(p => p.Html)),
            text,
            Math.Max(1, (int)Math.Ceiling(HtmlText.CountWords(text) / 200.0)),
            arabic);
    }

    public sealed record RenderedBody(string Markdown, string Html, string Text, int ReadingMinutes, bool Arabic);

    private sealed record RenderedPart(string Markdown, string Html, string Text);

    private sealed class Pool
    {
        private readonly SyntheticText _text;

        public Pool(SyntheticText text, StoryRenderer renderer, bool arabic, int paragraphs)
        {
            _text = text;
            RenderedPart Render(string markdown)
            {
                var rendered = renderer.Render(markdown);
                return new RenderedPart(markdown.TrimEnd(), rendered.Html.Trim(), rendered.Text.Trim());
            }
            Paragraphs = [.. Enumerable.Range(0, paragraphs).Select(_ => Render(text.Paragraph(arabic)))];
            Headings = [.. Enumerable.Range(0, paragraphs / 10).Select(_ => Render("## " + text.Words(4, arabic)))];
            Lists = [.. Enumerable.Range(0, paragraphs / 20).Select(_ =>
                Render(string.Concat(Enumerable.Range(0, 3).Select(_ => "- " + text.Words(6, arabic) + "\n"))))];
        }

        public RenderedPart[] Paragraphs { get; }
        public RenderedPart[] Headings { get; }
        public RenderedPart[] Lists { get; }

        public RenderedPart Pick(RenderedPart[] parts) => parts[_text.Next(parts.Length)];
    }
}
