namespace Magazine.Core.Entities;

public enum DigestFrequency
{
    Daily,
    Weekly,
}

/// <summary>
/// A newsletter address. Stored as pending until the link in the confirmation message is
/// followed; removing the subscriber deletes the row, and with it the address.
/// </summary>
public class NewsletterSubscriber
{
    public int Id { get; set; }

    /// <summary>Lower-cased and trimmed; unique.</summary>
    public required string Email { get; set; }
    public bool English { get; set; }
    public bool Arabic { get; set; }
    public DigestFrequency Frequency { get; set; }

    /// <summary>The edition the reader signed up from: the language of messages that are not an edition's digest.</summary>
    public string Language { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>The end of the window the last digest covered; the next one lists what was published after it.</summary>
    public DateTime? LastDigestAt { get; set; }
}
