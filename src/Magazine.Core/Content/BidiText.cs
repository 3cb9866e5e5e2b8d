using System.Text;

namespace Magazine.Core.Content;

/// <summary>
/// User text may carry Unicode direction controls (LRE, RLE, LRO, RLO and the isolates LRI,
/// RLI, FSI) that a writer or a hostile commenter never closed. In markup an element with
/// <c>dir</c> or a <c>bdi</c> contains them; in plain text (the document title, feeds,
/// sitemaps, meta tags) nothing does, so the text is closed here before it is written.
/// </summary>
public static class BidiText
{
    private const char Pdf = '\u202C';
    private const char Fsi = '\u2068';
    private const char Pdi = '\u2069';

    /// <summary><paramref name="text"/> with every embedding, override and isolate it opened closed at its end.</summary>
    public static string Closed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var open = new Stack<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Push(Pdf);
                    break;
                // A PDF closes only an embedding opened inside the same isolate.
                case Pdf when open.Count > 0 && open.Peek() == Pdf:
                    open.Pop();
                    break;
                case '\u2066' or '\u2067' or Fsi:
                    open.Push(Pdi);
                    break;
                // A PDI closes its isolate and every embedding still open inside it.
                case Pdi when open.Contains(Pdi):
                    while (open.Pop() != Pdi)
                    {
                    }
                    break;
            }
        }
        if (open.Count == 0)
        {
            return text;
        }
        var closed = new StringBuilder(text, text.Length + open.Count);
        while (open.Count > 0)
        {
            closed.Append(open.Pop());
        }
        return closed.ToString();
    }

    /// <summary>
    /// Plain text set apart from what surrounds it (FSI … PDI): it takes its direction from its
    /// own first strong letter, and neither it nor its neighbours reorder the other, as
    /// "عنوان | Magazine" in a title bar needs.
    /// </summary>
    public static string Isolated(string? text) => string.IsNullOrEmpty(text) ? "" : Fsi + Closed(text) + Pdi;
}
