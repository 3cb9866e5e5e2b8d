using System.Text;

namespace Magazine.Web.Seeding;

/// <summary>Plausible-looking filler text for load tests, from a small vocabulary, reproducible from a seed.</summary>
public sealed class SyntheticText(int seed)
{
    private static readonly string[] English =
        ("market council river border harvest ministry port railway school clinic reporter minister village city "
        + "season budget water power bridge festival library museum exports prices farmers traders families court "
        + "election talks agreement ceasefire convoy airport refinery factory workshop teachers doctors students "
        + "announced reported said expected opened closed rebuilt returned agreed warned promised signed delayed "
        + "new old first last northern southern eastern western local regional national quiet busy long short").Split(' ');

    private static readonly string[] Arabic =
        ("سوق مجلس نهر حدود حصاد وزارة ميناء سكة مدرسة عيادة مراسل وزير قرية مدينة موسم ميزانية مياه كهرباء جسر "
        + "مهرجان مكتبة متحف صادرات أسعار مزارعون تجار عائلات محكمة انتخابات محادثات اتفاق قافلة مطار مصفاة "
        + "أعلن أفاد قال افتتح أغلق عاد وافق حذر وعد وقع جديد قديم أول أخير شمالي جنوبي محلي وطني").Split(' ');

    private readonly Random _random = new(seed);

    public string Words(int count, bool arabic)
    {
        var vocabulary = arabic ? Arabic : English;
        var words = Enumerable.Range(0, count).Select(_ => vocabulary[_random.Next(vocabulary.Length)]);
        var text = string.Join(' ', words);
        return arabic ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

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
            var sentences = Enumerable.Range(0, 3 + _random.Next(3)).Select(_ => Words(8 + _random.Next(12), arabic) + ".");
            var text = string.Join(' ', sentences);
            body.Append(text).Append("\n\n");
            written += text.Count(c => c == ' ') + 1;
            paragraph++;
        }
        return body.ToString();
    }

    public int Next(int max) => _random.Next(max);
}
