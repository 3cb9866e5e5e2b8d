namespace Magazine.Web.Comments;

/// <summary>How a comment post ended: stored (published or held), refused with a status, or sent back with a form error.</summary>
public abstract record PostCommentResult
{
    public sealed record Stored(int CommentId, bool Held, string ArticleUrl) : PostCommentResult;

    /// <summary>The request itself is wrong (no such story, closed, bad parent): a 4xx page.</summary>
    public sealed record Refused(int StatusCode, string Message) : PostCommentResult;

    /// <summary>The reader can fix it: the form comes back with their text and this error.</summary>
    public sealed record Invalid(string Field, string Message) : PostCommentResult;

    /// <summary>A bot filled the honeypot: it is told what a person would be, and nothing is stored.</summary>
    public sealed record Dropped(string ArticleUrl) : PostCommentResult;
}
