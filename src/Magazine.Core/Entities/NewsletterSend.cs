namespace Magazine.Core.Entities;

public enum NewsletterSendKind
{
    Digest,
    Breaking,
}

/// <summary>One newsletter send: its messages are outbox rows pointing here, which give the send log its counts.</summary>
public class NewsletterSend
{
    public int Id { get; set; }
    public NewsletterSendKind Kind { get; set; }
    public DigestFrequency? Frequency { get; set; }
    public int? ArticleId { get; set; }
    public string? Title { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? SentBy { get; set; }
}
