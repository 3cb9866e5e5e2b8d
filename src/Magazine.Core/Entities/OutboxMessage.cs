namespace Magazine.Core.Entities;

/// <summary>
/// One e-mail waiting to go, or gone. Requests only add rows here; a background sender
/// delivers them, so a slow or absent mail server never slows a page or loses a message.
/// Text and HTML are rendered when the message is queued, in the recipient's edition.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    /// <summary>The recipient's one-click unsubscribe address (bulk mail only): sent as List-Unsubscribe with List-Unsubscribe-Post.</summary>
    public string? UnsubscribeUrl { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Not sent before this time: the back-off after a failed attempt.</summary>
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Set when the sender gave up after its last attempt.</summary>
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The newsletter send this message belongs to, for the send log's counts.</summary>
    public int? NewsletterSendId { get; set; }
}
