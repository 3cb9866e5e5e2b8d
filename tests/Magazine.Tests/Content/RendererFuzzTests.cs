using System.Diagnostics;
using System.Text;
using Magazine.Core.Content;

namespace Magazine.Tests.Content;

/// <summary>
/// Grammar-based fuzzing of both renderers: random documents built from the constructs
/// attackers nest (quotes, lists, emphasis, links, tables, HTML blocks, long lines, both
/// directions), seeded so a failure can be replayed. Each must render without an exception,
/// within a generous bound: a sanity cap on a shared machine, not a benchmark.
/// </summary>
public sealed class RendererFuzzTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);
    private static readonly StoryRenderer Stories = new();
    private static readonly CommentRenderer Comments = new();

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomDocumentsRenderWithoutErrorInBoundedTime(int seed)
    {
        var grammar = new MarkdownGrammar(new Random(seed));
        for (var i = 0; i < 25; i++)
        {
            var document = grammar.Document(maxLength: i % 5 == 0 ? 500_000 : 20_000);
            AssertRendersInTime(document, $"seed {seed}, document {i}");
        }
    }

    [Theory]
    [InlineData(">", 200)]
    [InlineData("- ", 200)]
    [InlineData("1. ", 200)]
    [InlineData("[", 300)]
    [InlineData("*", 300)]
    [InlineData("<div>", 90_000)]
    [InlineData("<b><i>", 80_000)]
    [InlineData("<div>\n", 80_000)]
    [InlineData("> - ", 150)]
    public void DeepNestingOfOneConstructIsFlattenedNotThrown(string unit, int times)
    {
        var document = string.Concat(Enumerable.Repeat(unit, times)) + " text";

        var html = AssertRendersInTime(document, $"{unit} x {times}");

        Assert.Contains("text", html);
    }

    [Fact]
    public void ObsoleteAndFormElementsAreDropped()
    {
        var html = Stories.RenderHtml("<keygen name=k><menu><li>a</li></menu><marquee>m</marquee><dialog open>d</dialog><form><input></form>");

        foreach (var tag in new[] { "<keygen", "<menu", "<marquee", "<dialog", "<form", "<input" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void OrdinaryStoriesAreNotMistakenForAttacks()
    {
        var paragraph = "A *long* report with [a link](https://example.com/a) and **strong** words, مقال بالعربية. ";
        var story = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"## Part {i}\n\n" + string.Concat(Enumerable.Repeat(paragraph, 4))))
            + "\n\n| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| x | y |\n", 200))
            + "\n> a quote\n> > inside a quote\n\n- a\n  - b\n    - c\n";

        Assert.Null(ContentLimits.Problem(story, rawHtml: true));
        var html = Stories.RenderHtml(story);
        Assert.Contains("<table>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<h2 id=\"part-199\">", html);
    }

    private static string AssertRendersInTime(string document, string label)
    {
        var watch = Stopwatch.StartNew();
        var story = Stories.RenderHtml(document);
        var storyTime = watch.Elapsed;
        watch.Restart();
        var comment = Comments.Render(document);
        var commentTime = watch.Elapsed;

        Assert.True(storyTime < PerInput, $"{label}: story rendering took {storyTime.TotalMilliseconds:0} ms for {document.Length} characters");
        Assert.True(commentTime < PerInput, $"{label}: comment rendering took {commentTime.TotalMilliseconds:0} ms for {document.Length} characters");
        Assert.DoesNotContain("<script", story, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", comment, StringComparison.OrdinalIgnoreCase);
        return story;
    }

    /// <summary>Random Markdown and HTML from a small grammar whose productions nest into one another.</summary>
    private sealed class MarkdownGrammar(Random random)
    {
        private static readonly string[] Words = ["news", "report", "مقال", "خبر", "\u202eevil", "\u200f", "x", "https://example.com/a?b=c", "&amp;", "\\*"];

        public string Document(int maxLength)
        {
            var builder = new StringBuilder();
            while (builder.Length < maxLength - 2_000)
            {
                builder.Append(Block(random.Next(0, 60)));
                builder.Append(random.Next(3) == 0 ? "\n" : "\n\n");
                if (random.Next(40) == 0)
                {
                    break;
                }
            }
            return builder.Length > maxLength ? builder.ToString(0, maxLength) : builder.ToString();
        }

        private string Block(int depth) => random.Next(9) switch
        {
            0 => Prefix("> ", depth, Inline(depth)),
            1 => Prefix("- ", depth, Inline(depth)),
            2 => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "1. " + Inline(2) + "\n")),
            3 => Table(random.Next(1, depth + 2), random.Next(1, 30)),
            4 => Html(depth),
            5 => new string(Pick("abc-*_[]|<>`"), random.Next(1, 20_000)),
            6 => string.Concat(Enumerable.Repeat(Pick(["[a](", "*a ", "_a_", "<b>", "`", "[^1]", "[a]: b\n", "| "]), random.Next(1, 5_000))),
            7 => "```\n" + Inline(depth) + "\n```",
            _ => Inline(depth),
        };

        private string Prefix(string marker, int depth, string text) =>
            string.Concat(Enumerable.Repeat(marker, depth)) + text;

        private string Inline(int depth)
        {
            if (depth <= 0)
            {
                return Pick(Words);
            }
            var inner = Inline(depth - 1);
            return random.Next(7) switch
            {
                0 => $"*{inner}*",
                1 => $"**{inner}**",
                2 => $"[{inner}](https://example.com/{depth})",
                3 => $"~~{inner}~~",
                4 => $"`{inner}`",
                5 => $"<span>{inner}</span>",
                _ => $"{Pick(Words)} {inner} {Pick(Words)}",
            };
        }

        private string Html(int depth) =>
            string.Concat(Enumerable.Repeat(Pick(["<div>", "<b><i>", "<table><tr><td>", "<ul><li>", "<p>", "<a href=x>", "<keygen>", "<menu>"]), depth))
            + Pick(Words)
            + (random.Next(2) == 0 ? string.Concat(Enumerable.Repeat("</div>", depth)) : "");

        private string Table(int columns, int rows)
        {
            var row = "|" + string.Concat(Enumerable.Repeat(" " + Pick(Words) + " |", columns)) + "\n";
            return row + "|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n" + string.Concat(Enumerable.Repeat(row, rows));
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private char Pick(string characters) => characters[random.Next(characters.Length)];
    }
}
