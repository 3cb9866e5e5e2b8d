namespace Magazine.Core.Entities;

/// <summary>
/// Human views of a story in one hour. No reader is identified: the row holds a number,
/// written in batches by the view counter, never per view.
/// </summary>
public class StoryViewCount
{
    public int ArticleId { get; set; }

    /// <summary>Whole hours since 1970-01-01 UTC: windows and days are integer arithmetic on any database.</summary>
    public int Hour { get; set; }

    public int Views { get; set; }

    public static int HourOf(DateTimeOffset time) => (int)(time.ToUnixTimeSeconds() / 3600);

    public static DateTime StartOf(int hour) => DateTime.UnixEpoch.AddHours(hour);
}
