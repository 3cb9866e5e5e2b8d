using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Magazine.Tests.Localization;

/// <summary>The interface strings: every English string has its Arabic, and every string a view or controller asks for exists.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string WebProject = Path.Combine(SolutionFolder(), "src", "Magazine.Web");
    private static readonly string Resources = Path.Combine(WebProject, "Resources");

    private static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Magazine.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Magazine.sln not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    /// <summary>"{0} comments|few" → "{0} comments": a counted phrase has one entry per plural form its language uses.</summary>
    private static string Phrase(string key) => key.Split('|')[0];

    [Fact]
    public void EnglishAndArabicHaveTheSameStrings()
    {
        var english = Read("SharedResource.resx");
        var arabic = Read("SharedResource.ar.resx");

        Assert.Empty(english.Keys.Select(Phrase).Distinct().Except(arabic.Keys.Select(Phrase)));
        Assert.Empty(arabic.Keys.Select(Phrase).Distinct().Except(english.Keys.Select(Phrase)));
        Assert.All(english.Keys.Where(k => k.Contains('|')).Select(Phrase).Distinct(), phrase => Assert.Contains(phrase + "|other", arabic.Keys));
        Assert.All(arabic, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"empty Arabic for '{entry.Key}'"));
    }

    [Fact]
    public void NoTwoStringsDifferOnlyInCase()
    {
        // The resource compiler keeps one of two such names and drops the other, whose text then never shows.
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.ar.resx" })
        {
            var clashes = Read(file).Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g));
            Assert.Empty(clashes);
        }
    }

    [Fact]
    public void PlaceholdersMatchBetweenLanguages()
    {
        var english = Read("SharedResource.resx");
        var arabic = Read("SharedResource.ar.resx");

        foreach (var (key, value) in english.Where(e => !e.Key.Contains('|')))
        {
            Assert.Equal(Placeholders(value), Placeholders(arabic[key]));
        }
    }

    [Fact]
    public void EveryStringTheCodeAsksForExists()
    {
        var english = Read("SharedResource.resx").Keys.Select(Phrase).ToHashSet();
        var sources = Directory.EnumerateFiles(WebProject, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(WebProject, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

        var missing = sources
            .SelectMany(file => LocalizerCall().Matches(File.ReadAllText(file)).Select(m => (file: Path.GetFileName(file), key: Regex.Unescape(m.Groups["key"].Value))))
            .Where(x => !english.Contains(x.key))
            .Select(x => $"{x.file}: {x.key}")
            .ToList();

        Assert.Empty(missing);
    }

    private static string Placeholders(string text) =>
        string.Join(',', Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());

    // What reaches a reader through the localizer: L["..."], localizer["..."], L.Plural(n, "..."),
    // counted phrases handed over by services, validation messages and field names, the messages
    // of refused requests and invalid forms, and messages kept in constants (TooLargeMessage = "...").
    [GeneratedRegex(@"(?:\b(?:L|localizer)\[|\.Plural\([^,]+,\s*|CountedPhrase\([^,]+,\s*|\w+Message\w*\s*=\s*|Display\(Name\s*=\s*|ErrorPage\(\d+,\s*|Refused\(\d+,\s*|Invalid\([^,]+,\s*|(?:Conflict|Forbidden)\(\s*|Error\(nameof\(\w+\),\s*)""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerCall();
}
