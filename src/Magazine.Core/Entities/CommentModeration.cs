namespace Magazine.Core.Entities;

public enum CommentModeration
{
    /// <summary>Hold a commenter's comments until one of theirs has been approved.</summary>
    FirstTime = 0,
    All = 1,
    None = 2,
}
