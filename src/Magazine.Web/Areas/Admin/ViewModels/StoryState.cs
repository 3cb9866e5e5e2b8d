using Magazine.Core.Entities;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>Where a story stands as the newsroom sees it: a scheduled story is a published one whose time has not come.</summary>
public enum StoryState
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Trashed,
}

public static class StoryStates
{
    public static StoryState Of(ArticleStatus status, DateTime? publishedAt, DateTime nowUtc) => status switch
    {
        ArticleStatus.InReview => StoryState.InReview,
        ArticleStatus.Published when publishedAt > nowUtc => StoryState.Scheduled,
        ArticleStatus.Published => StoryState.Published,
        ArticleStatus.Trashed => StoryState.Trashed,
        _ => StoryState.Draft,
    };

    public static string Label(this StoryState state) => state switch
    {
        StoryState.InReview => "In review",
        _ => state.ToString(),
    };

    public static string CssClass(this StoryState state) => "badge badge-" + state.ToString().ToLowerInvariant();
}
