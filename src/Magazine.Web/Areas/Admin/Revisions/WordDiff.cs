using System.Text.RegularExpressions;
using DiffPlex;

namespace Magazine.Web.Areas.Admin.Revisions;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// Two texts compared word by word (DiffPlex's Myers diff over words, spaces and punctuation
/// as separate pieces, so Arabic and Latin words alike are the unit); runs of the same kind
/// are merged so the page shows one mark per change, not one per word.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffSegment> Between(string? older, string? newer)
    {
        var result = Differ.Instance.CreateDiffs(older ?? "", newer ?? "", ignoreWhiteSpace: false, ignoreCase: false, Words.Instance);
        var segments = new List<DiffSegment>();
        void Add(DiffKind kind, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0)
            {
                return;
            }
            if (segments.Count > 0 && segments[^1].Kind == kind)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            }
            else
            {
                segments.Add(new DiffSegment(kind, text));
            }
        }
        var at = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(DiffKind.Same, result.PiecesOld.Skip(at).Take(block.DeleteStartA - at));
            Add(DiffKind.Removed, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffKind.Added, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            at = block.DeleteStartA + block.DeleteCountA;
        }
        Add(DiffKind.Same, result.PiecesOld.Skip(at));
        return segments;
    }

    /// <summary>
    /// Words (letters, marks and digits) and other characters, each with the white space after
    /// it, so a changed word is marked with its space rather than the space matched on its own
    /// somewhere else; leading white space is a piece alone. Together they are the whole text.
    /// </summary>
    private sealed partial class Words : IChunker
    {
        public static readonly Words Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Piece().Matches(text).Select(m => m.Value).ToArray();

        [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+\s*|\s+|.\s*", RegexOptions.Singleline)]
        private static partial Regex Piece();
    }
}

public static class DiffMarkup
{
    /// <summary>
    /// The segments as text with <c>del</c> and <c>ins</c> marks, written without any white space
    /// of its own: the diff is shown with its line breaks kept (pre-wrap). The text is encoded.
    /// </summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Of(IReadOnlyList<DiffSegment> segments)
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var tag = segment.Kind switch { DiffKind.Removed => "del", DiffKind.Added => "ins", _ => null };
            if (tag is not null)
            {
                html.AppendHtml($"<{tag}>");
            }
            html.Append(segment.Text);
            if (tag is not null)
            {
                html.AppendHtml($"</{tag}>");
            }
        }
        return html;
    }
}
