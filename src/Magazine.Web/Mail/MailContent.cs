namespace Magazine.Web.Mail;

/// <summary>A story in a message: the digest's list and the breaking-news send.</summary>
public sealed record MailStory(string Title, string? Standfirst, string Url, string? ImageUrl, string? ImageAlt);

/// <summary>A link that does what the message is about (confirm, set a password, read the reply).</summary>
public sealed record MailAction(string Label, string Url);

/// <summary>
/// What one message says, before it is rendered: every message of the site has this one
/// shape (paragraphs, an optional button, optional stories, a closing note), so there is
/// one template to keep right in both directions. Texts are already in the recipient's language.
/// </summary>
public sealed record MailContent(
    string To,
    Hosting.Edition Edition,
    string Subject,
    IReadOnlyList<string> Paragraphs,
    MailAction? Action = null,
    IReadOnlyList<MailStory>? Stories = null,
    IReadOnlyList<MailAction>? FooterLinks = null,
    string? FooterNote = null,
    string? UnsubscribeUrl = null,
    int? NewsletterSendId = null);
