namespace Magazine.Web.Comments;

/// <summary>
/// The comments part of a story page: the threads, and the form as this visitor should see
/// it (empty, replying to someone, or sent back with their text and an error).
/// </summary>
public sealed record CommentSectionViewModel(
    int ArticleId,
    IReadOnlyList<CommentViewModel> Comments,
    int Count,
    bool IsOpen,
    CommentForm Form,
    CommentViewModel? ReplyTo,
    bool ShowHeldNotice);
