using System.Text.Json;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>The report as JSON, kept on its <see cref="Core.Entities.ImportJob"/> row so any instance, after any restart, shows it.</summary>
public sealed partial class ImportReport
{
    public string ToJson() => JsonSerializer.Serialize(new Stored(
        Format, DryRun, Elapsed,
        PublishedStories, ScheduledStories, DraftStories, ApprovedComments, HeldComments, SpamComments, Replies,
        _counts,
        _skips.Values.Select(StoredGroup.Of).ToList(),
        _heldBack.Values.Select(StoredGroup.Of).ToList(),
        [.. _images],
        _notes));

    public static ImportReport FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new JsonException("An import report is empty.");
        var report = new ImportReport(stored.Format, stored.DryRun)
        {
            Elapsed = stored.Elapsed,
            PublishedStories = stored.PublishedStories,
            ScheduledStories = stored.ScheduledStories,
            DraftStories = stored.DraftStories,
            ApprovedComments = stored.ApprovedComments,
            HeldComments = stored.HeldComments,
            SpamComments = stored.SpamComments,
            Replies = stored.Replies,
        };
        foreach (var (kind, counts) in stored.Counts)
        {
            report._counts[kind] = counts;
        }
        foreach (var skip in stored.Skips)
        {
            report._skips[(skip.Kind, skip.Reason)] = skip.ToGroup();
        }
        foreach (var held in stored.HeldBack)
        {
            report._heldBack[(held.Kind, held.Reason)] = held.ToGroup();
        }
        report._images.UnionWith(stored.Images);
        report._notes.AddRange(stored.Notes);
        return report;
    }

    private sealed record Stored(
        ExportFormat Format, bool DryRun, TimeSpan Elapsed,
        int PublishedStories, int ScheduledStories, int DraftStories, int ApprovedComments, int HeldComments, int SpamComments, int Replies,
        Dictionary<string, KindCounts> Counts, List<StoredGroup> Skips, List<StoredGroup> HeldBack, List<string> Images, List<string> Notes);

    private sealed record StoredGroup(string Kind, string Reason, int Count, List<string> Examples)
    {
        public static StoredGroup Of(SkipGroup group) => new(group.Kind, group.Reason, group.Count, group.Examples);

        public SkipGroup ToGroup()
        {
            var group = new SkipGroup(Kind, Reason) { Count = Count };
            group.Examples.AddRange(Examples);
            return group;
        }
    }
}
