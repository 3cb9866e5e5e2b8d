namespace Magazine.Web.Seeding;

/// <summary>
/// A vocabulary for the load-test archive with the shape of real text: several thousand
/// distinct words per language whose frequencies follow Zipf's law (a few words are in
/// every story, most are rare), so a search for a rare word finds few stories and one for
/// a common word many, as on a real site. Real common words come first; the long tail is
/// made of pronounceable English syllables and Arabic three-letter roots in the usual
/// patterns, with English plurals and past forms beside their stems. Reproducible from a seed.
/// </summary>
public sealed class SyntheticVocabulary
{
    public const int WordsPerLanguage = 6_000;

    private static readonly string[] CommonEnglish =
        ("the of and to in a that for on said with was as at by from its were has have it be are which after "
        + "market council river border harvest ministry port railway school clinic reporter minister village city "
        + "season budget water power bridge festival library museum exports prices farmers traders families court "
        + "election talks agreement ceasefire convoy airport refinery factory workshop teachers doctors students "
        + "announced reported said expected opened closed rebuilt returned agreed warned promised signed delayed "
        + "new old first last northern southern eastern western local regional national quiet busy long short").Split(' ');

    private static readonly string[] CommonArabic =
        ("في من على إلى أن عن التي الذي مع كان قد بعد هذا هذه بين حتى كما وقال "
        + "سوق مجلس نهر حدود حصاد وزارة ميناء سكة مدرسة عيادة مراسل وزير قرية مدينة موسم ميزانية مياه كهرباء جسر "
        + "مهرجان مكتبة متحف صادرات أسعار مزارعون تجار عائلات محكمة انتخابات محادثات اتفاق قافلة مطار مصفاة "
        + "أعلن أفاد قال افتتح أغلق عاد وافق حذر وعد وقع جديد قديم أول أخير شمالي جنوبي محلي وطني").Split(' ');

    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "tr", "ch", "th"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "oo", "ie"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "t", "m", "nd", "st", "rt", "ck", "ng"];

    private const string ArabicLetters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static readonly string[] ArabicPatterns = ["{0}ا{1}{2}", "م{0}{1}و{2}", "ت{0}{1}ي{2}", "{0}{1}{2}", "{0}{1}ا{2}", "{0}{1}ي{2}ة", "ا{0}{1}{2}", "م{0}{1}{2}ة", "ال{0}{1}ا{2}", "{0}{1}{2}ات"];

    private readonly string[] _english;
    private readonly string[] _arabic;
    private readonly double[] _cumulative;

    public SyntheticVocabulary(int seed)
    {
        var random = new Random(seed);
        _english = Build(CommonEnglish, () => EnglishWord(random), random, inflect: true);
        _arabic = Build(CommonArabic, () => ArabicWord(random), random, inflect: false);
        // Zipf-Mandelbrot: the word of rank r is drawn in proportion to 1 / (r + 2.7).
        _cumulative = new double[WordsPerLanguage];
        var sum = 0.0;
        for (var rank = 0; rank < WordsPerLanguage; rank++)
        {
            sum += 1.0 / (rank + 2.7);
            _cumulative[rank] = sum;
        }
    }

    public string Draw(Random random, bool arabic)
    {
        var point = random.NextDouble() * _cumulative[^1];
        var rank = Array.BinarySearch(_cumulative, point);
        return (arabic ? _arabic : _english)[rank >= 0 ? rank : Math.Min(~rank, WordsPerLanguage - 1)];
    }

    private static string[] Build(string[] common, Func<string> make, Random random, bool inflect)
    {
        var words = new List<string>(WordsPerLanguage);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in common)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }
        while (words.Count < WordsPerLanguage)
        {
            var stem = make();
            if (!seen.Add(stem))
            {
                continue;
            }
            words.Add(stem);
            // A stem's other forms sit near it in rank, as "harbour" and "harbours" do.
            if (inflect && words.Count + 2 <= WordsPerLanguage && random.Next(3) == 0)
            {
                foreach (var form in new[] { stem + "s", stem + "ed" })
                {
                    if (seen.Add(form))
                    {
                        words.Add(form);
                    }
                }
            }
        }
        return [.. words];
    }

    private static string EnglishWord(Random random)
    {
        var syllables = 1 + random.Next(3);
        var word = "";
        for (var i = 0; i < syllables; i++)
        {
            word += Onsets[random.Next(Onsets.Length)] + Nuclei[random.Next(Nuclei.Length)] + Codas[random.Next(Codas.Length)];
        }
        return word;
    }

    private static string ArabicWord(Random random)
    {
        char Letter() => ArabicLetters[random.Next(ArabicLetters.Length)];
        return string.Format(ArabicPatterns[random.Next(ArabicPatterns.Length)], Letter(), Letter(), Letter());
    }
}
