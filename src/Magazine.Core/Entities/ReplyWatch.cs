namespace Magazine.Core.Entities;

/// <summary>A commenter asked to be told of replies to this comment. Deleted with the comment.</summary>
public class ReplyWatch
{
    public int Id { get; set; }
    public int CommentId { get; set; }
    public int ArticleId { get; set; }

    /// <summary>Lower-cased; the address's consent lives in <see cref="ReplyNotificationAddress"/>.</summary>
    public required string Email { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// An address that may receive reply notifications: confirmed once, by a link, before the
/// first one is sent; stopped for everything by a link in any notification.
/// </summary>
public class ReplyNotificationAddress
{
    public required string Email { get; set; }
    public string Language { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? StoppedAt { get; set; }
}
