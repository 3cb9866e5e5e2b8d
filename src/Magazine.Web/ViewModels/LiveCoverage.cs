namespace Magazine.Web.ViewModels;

/// <summary>
/// A story's live updates, newest first. <see cref="Since"/> is set while the story is covered
/// live; once the editor ends it the updates stay, as the record of the coverage.
/// </summary>
public sealed record LiveCoverage(int StoryId, DateTime? Since, IReadOnlyList<LiveUpdateView> Updates)
{
    public bool IsLive => Since is not null;

    /// <summary>Where the page's script fetches the updates list alone (output-cached, evicted by a new update).</summary>
    public string UpdatesUrl => StoryUrls.LiveUpdates(StoryId);
}

public sealed record LiveUpdateView(int Id, string BodyHtml, string BodyText, DateTime PostedAt)
{
    public string Anchor => $"update-{Id}";
}
