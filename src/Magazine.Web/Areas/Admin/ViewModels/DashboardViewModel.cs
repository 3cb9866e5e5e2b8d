namespace Magazine.Web.Areas.Admin.ViewModels;

public sealed record DashboardViewModel(
    IReadOnlyList<StoryRow> MyDrafts,
    IReadOnlyList<StoryRow> InReview,
    int InReviewCount,
    IReadOnlyList<StoryRow> Scheduled,
    IReadOnlyList<StoryRow> RecentlyPublished,
    bool ShowsComments,
    int PendingCommentCount,
    IReadOnlyList<PendingCommentRow> PendingComments,
    TimeZoneInfo TimeZone);

/// <param name="TargetUrl">The newsroom editor of the story, or of the page for a comment brought in under a page.</param>
public sealed record PendingCommentRow(int Id, string AuthorName, string Excerpt, string TargetUrl, string TargetTitle, DateTime CreatedAt);
