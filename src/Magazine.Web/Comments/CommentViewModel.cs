namespace Magazine.Web.Comments;

/// <summary>One comment as readers see it; a removed comment keeps its place only to hold its replies.</summary>
public sealed record CommentViewModel(
    int Id,
    string AuthorName,
    string BodyHtml,
    string BodyMarkdown,
    DateTime CreatedAt,
    bool IsRemoved,
    bool IsEdited,
    string? UserId,
    int? ParentId)
{
    public List<CommentViewModel> Replies { get; } = [];

    /// <summary>0, 1 or 2: threads are shown nested three levels deep; deeper replies sit at the third level.</summary>
    public int Level { get; set; }

    public IEnumerable<CommentViewModel> SelfAndDescendants() => Replies.SelectMany(r => r.SelfAndDescendants()).Prepend(this);
}
