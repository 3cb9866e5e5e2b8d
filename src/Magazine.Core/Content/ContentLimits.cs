using Magazine.Core.Entities;

namespace Magazine.Core.Content;

/// <summary>
/// How large and how deeply nested a piece of Markdown may be. Markdig gives up (throws)
/// past about 128 levels, and parsing and sanitizing deeply nested HTML costs time that
/// grows with the square of the depth, so both are checked by a linear scan before either
/// runs. Real stories stay far below these figures.
/// </summary>
public static class ContentLimits
{
    public const int MaxStoryLength = 500_000;

    /// <summary>Quotes, lists and indentation inside one another; HTML elements inside one another.</summary>
    public const int MaxDepth = 32;

    /// <summary>HTML elements in one rendered body: enough for a very long story with big tables.</summary>
    public const int MaxElements = 40_000;

    /// <summary>
    /// Characters without a space between them. Markdig looks ahead to the next space for a
    /// link's address and along a row for table cells, so one endless "word" of link or table
    /// syntax makes its cost grow with the square of the length. A long address fits easily.
    /// </summary>
    public const int MaxWordLength = 4_000;

    /// <summary>
    /// Characters that open or close emphasis, links, code, tables and HTML tags. Markdig's
    /// cost for reference definitions, footnotes and emphasis grows faster than their number;
    /// a 500,000-character story with a few thousand links and tags stays well inside.
    /// </summary>
    public const int MaxMarkupCharacters = 10_000;

    /// <summary>
    /// Markdig scans from each emphasis or link marker towards the end of its paragraph, so a
    /// paragraph costs about its markup characters times its length. A long story of normal
    /// paragraphs adds up to a few million; this bound keeps the worst shape under a second.
    /// </summary>
    public const long MaxParsingCost = 100_000_000;

    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("*_[]`<>|~^");

    public const string TooMuchMarkupMessage = "The text has more formatting, links, tags or table cells than one page can carry. Please split it.";
    /// <summary>
    /// One run of emphasis or code delimiters ("*****..."): Markdig tries every way of pairing
    /// the run, which took seconds for a few hundred stars. Bold italics need three.
    /// </summary>
    public const int MaxDelimiterRun = 32;

    public const string TooLongMessage = "The text is longer than we can publish.";
    public const string WordTooLongMessage = "The text has a run of characters without a space that is too long to lay out. Please break it up.";
    public const string TooDeepMessage = "The text nests quotes, lists or HTML elements too deeply. Please flatten it.";

    /// <summary>
    /// Why the text cannot be rendered as written, as a message for the form, or null when it
    /// can. <paramref name="rawHtml"/>: the pipeline keeps HTML typed into the text, so its
    /// tags count towards the depth.
    /// </summary>
    public static string? Problem(string? text, BodyFormat format, int maxLength = MaxStoryLength) =>
        format == BodyFormat.Html ? HtmlProblem(text, maxLength) : Problem(text, rawHtml: true, maxLength);

    /// <summary>
    /// A body kept as HTML (imported stories) is never parsed as Markdown, so only its length
    /// and the nesting the sanitizer pays for count: an imported post may carry far more tags
    /// than Markdown typed by hand.
    /// </summary>
    public static string? HtmlProblem(string? html, int maxLength = MaxStoryLength)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }
        if (html.Length > maxLength)
        {
            return TooLongMessage;
        }
        var (depth, elements) = NestingDepth.OfHtml(html);
        return depth > MaxHtmlDepth ? TooDeepMessage : elements > MaxElements ? TooMuchMarkupMessage : null;
    }

    /// <summary>Elements inside one another in rendered HTML: the Markdown depth plus the wrappers rendering adds.</summary>
    public const int MaxHtmlDepth = MaxDepth + 8;

    public static string? Problem(string? text, bool rawHtml, int maxLength = MaxStoryLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > maxLength)
        {
            return TooLongMessage;
        }
        if (LongestWord(text) > MaxWordLength)
        {
            return WordTooLongMessage;
        }
        if (LongestDelimiterRun(text) > MaxDelimiterRun)
        {
            return TooDeepMessage;
        }
        if (CountMarkup(text) > MaxMarkupCharacters || ParsingCost(text) > MaxParsingCost)
        {
            return TooMuchMarkupMessage;
        }
        if (NestingDepth.OfMarkdownBlocks(text) > MaxDepth)
        {
            return TooDeepMessage;
        }
        if (rawHtml)
        {
            var (depth, elements) = NestingDepth.OfHtml(text);
            if (depth > MaxDepth)
            {
                return TooDeepMessage;
            }
            if (elements > MaxElements)
            {
                return TooMuchMarkupMessage;
            }
        }
        return null;
    }

    private static int LongestWord(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static int CountMarkup(string text)
    {
        var count = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(MarkupCharacters); at >= 0; at = rest.IndexOfAny(MarkupCharacters))
        {
            count++;
            rest = rest[(at + 1)..];
        }
        return count;
    }

    /// <summary>The sum over paragraphs (runs of lines between blank ones) of markup characters times length.</summary>
    private static long ParsingCost(string text)
    {
        long cost = 0, length = 0, markup = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsWhiteSpace())
            {
                cost += markup * length;
                length = markup = 0;
                continue;
            }
            length += line.Length + 1;
            for (var at = line.IndexOfAny(MarkupCharacters); at >= 0; at = line.IndexOfAny(MarkupCharacters))
            {
                markup++;
                line = line[(at + 1)..];
            }
        }
        return cost + markup * length;
    }

    private static int LongestDelimiterRun(string text)
    {
        int longest = 0, run = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            run = c is '*' or '_' or '~' or '`' or '^' && c == previous ? run + 1 : 1;
            previous = c;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
