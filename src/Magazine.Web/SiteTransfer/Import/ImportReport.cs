using System.Globalization;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>What an import did: per kind, how many were imported, updated and skipped, and why each skip happened.</summary>
public sealed partial class ImportReport(ExportFormat format, bool dryRun)
{
    public const string Stories = "stories", Pages = "pages", Comments = "comments", Authors = "authors",
        Sections = "sections", Tags = "tags", OldAddresses = "old addresses";

    private const int ExamplesPerReason = 5;
    private static readonly string[] MainKinds = [Stories, Pages, Comments, Authors, Sections, Tags, OldAddresses];

    private readonly Dictionary<string, KindCounts> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Reason), SkipGroup> _skips = [];
    private readonly Dictionary<(string Kind, string Reason), SkipGroup> _heldBack = [];
    private readonly SortedSet<string> _images = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public ExportFormat Format { get; } = format;
    public bool DryRun { get; } = dryRun;
    public TimeSpan Elapsed { get; set; }

    public int PublishedStories { get; set; }
    public int ScheduledStories { get; set; }
    public int DraftStories { get; set; }
    public int ApprovedComments { get; set; }
    public int HeldComments { get; set; }
    public int SpamComments { get; set; }
    public int Replies { get; set; }

    public IReadOnlyList<(string Kind, KindCounts Counts)> Counts =>
        MainKinds.Concat(_counts.Keys.Except(MainKinds).Order(StringComparer.Ordinal))
            .Select(kind => (kind, this[kind]))
            .ToList();

    public KindCounts this[string kind] => _counts.TryGetValue(kind, out var counts) ? counts : _counts[kind] = new KindCounts();

    public IReadOnlyCollection<SkipGroup> Skips => _skips.Values;

    /// <summary>What came in as drafts because the source kept it from the public, by reason, with every title.</summary>
    public IReadOnlyCollection<SkipGroup> HeldBack => _heldBack.Values;

    /// <summary>Images the bodies point at; they stay at these addresses.</summary>
    public IReadOnlyCollection<string> Images => _images;

    public IReadOnlyList<string> Notes => _notes;

    public void Imported(string kind) => this[kind].Imported++;

    public void Updated(string kind) => this[kind].Updated++;

    public void Skipped(string kind, string id, string reason)
    {
        this[kind].Skipped++;
        if (!_skips.TryGetValue((kind, reason), out var group))
        {
            _skips[(kind, reason)] = group = new SkipGroup(kind, reason);
        }
        group.Count++;
        if (group.Examples.Count < ExamplesPerReason)
        {
            group.Examples.Add(id);
        }
    }

    public void Held(string kind, string title, string reason)
    {
        if (!_heldBack.TryGetValue((kind, reason), out var group))
        {
            _heldBack[(kind, reason)] = group = new SkipGroup(kind, reason);
        }
        group.Count++;
        group.Examples.Add(title);
    }

    public void Image(string url) => _images.Add(url);

    public void Note(string note) => _notes.Add(note);

    public void WriteTo(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{(DryRun ? "Dry run (nothing was saved)" : "Imported")} from {Format} in {Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(c, $"  {"",-16}{"imported",9}{"updated",9}{"skipped",9}"));
        foreach (var (kind, counts) in Counts)
        {
            output.WriteLine(string.Create(c, $"  {kind,-16}{counts.Imported,9}{counts.Updated,9}{counts.Skipped,9}"));
        }
        output.WriteLine(string.Create(c, $"  stories: {PublishedStories} published, {ScheduledStories} scheduled, {DraftStories} drafts or held back"));
        output.WriteLine(string.Create(c, $"  comments: {ApprovedComments} approved, {HeldComments} held, {SpamComments} spam; {Replies} of them replies"));
        if (_skips.Count > 0)
        {
            output.WriteLine("Skipped:");
            foreach (var skip in _skips.Values.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenByDescending(s => s.Count))
            {
                output.WriteLine(string.Create(c, $"  {skip.Count} {skip.Kind}: {skip.Reason} (e.g. {string.Join(", ", skip.Examples)})"));
            }
        }
        if (_heldBack.Count > 0)
        {
            output.WriteLine("Held back as drafts:");
            foreach (var held in _heldBack.Values.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(c, $"  {held.Count} {held.Kind}, {held.Reason} at the source: {string.Join(", ", held.Examples)}"));
            }
        }
        foreach (var note in _notes)
        {
            output.WriteLine("Note: " + note);
        }
        if (_images.Count > 0)
        {
            output.WriteLine(string.Create(c, $"Images left at their original addresses ({_images.Count}):"));
            foreach (var image in _images)
            {
                output.WriteLine("  " + image);
            }
        }
    }
}

public sealed class KindCounts
{
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
}

public sealed class SkipGroup(string kind, string reason)
{
    public string Kind { get; } = kind;
    public string Reason { get; } = reason;
    public int Count { get; set; }
    public List<string> Examples { get; } = [];
}
