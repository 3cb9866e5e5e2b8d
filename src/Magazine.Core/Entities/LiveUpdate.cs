namespace Magazine.Core.Entities;

/// <summary>A short timestamped update on a breaking story, added without editing the story itself.</summary>
public class LiveUpdate
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Generated at save time from <see cref="BodyMarkdown"/>; never bound from a form.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Plain text, for the structured data's update bodies.</summary>
    public string BodyText { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime PostedAt { get; set; }
    public string PostedByName { get; set; } = "";
}
