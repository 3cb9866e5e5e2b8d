using System.Text;

namespace Magazine.Web.Seeding;

/// <summary>Filler text for load tests with a realistic vocabulary (<see cref="SyntheticVocabulary"/>), reproducible from a seed.</summary>
public sealed class SyntheticText(int seed)
{
    private readonly Random _random = new(seed);
    private readonly SyntheticVocabulary _vocabulary = new(seed);

    public string Words(int count, bool arabic)
    {
        var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => _vocabulary.Draw(_random, arabic)));
        return arabic ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>One paragraph of three to five sentences.</summary>
    public string Paragraph(bool arabic) =>
        string.Join(' ', Enumerable.Range(0, 3 + _random.Next(3)).Select(_ => Words(8 + _random.Next(12), arabic) + "."));

    /// <summary>A Markdown body of roughly <paramref name="words"/> words: paragraphs, a subheading, sometimes a list.</summary>
    public string Body(int words, bool arabic)
    {
        var body = new StringBuilder();
        var written = 0;
        var paragraph = 0;
        while (written < words)
        {
            if (paragraph == 2)
            {
                body.Append("## ").Append(Words(4, arabic)).Append("\n\n");
            }
            if (paragraph == 4 && _random.Next(3) == 0)
            {
                for (var i = 0; i < 3; i++)
                {
                    body.Append("- ").Append(Words(6, arabic)).Append('\n');
                }
                body.Append('\n');
            }
            var text = Paragraph(arabic);
            body.Append(text).Append("\n\n");
            written += text.Count(c => c == ' ') + 1;
            paragraph++;
        }
        return body.ToString();
    }

    public int Next(int max) => _random.Next(max);
}
