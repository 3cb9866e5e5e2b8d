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

public sealed record PendingCommentRow(int Id, string AuthorName, string Excerpt, int ArticleId, string ArticleTitle, DateTime CreatedAt);
