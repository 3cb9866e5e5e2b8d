using MimeKit;

namespace Magazine.Web.Mail;

/// <summary>Hands one finished message to its way out: an SMTP server or the pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Throws when the message could not be handed over; the outbox then tries again later.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
