using Magazine.Core.Entities;
using MimeKit;

namespace Magazine.Web.Mail;

/// <summary>Turns an outbox row into the MIME message that goes out: multipart/alternative, with the list headers on bulk mail.</summary>
public static class MessageBuilder
{
    public static MimeMessage Build(OutboxMessage row, MailboxAddress from)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.To));
        message.Subject = row.Subject;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc));
        // Stable across retries, so a receiver that got a message whose acknowledgement was lost can drop the copy.
        message.MessageId = $"outbox-{row.Id}-{row.CreatedAt.Ticks}@{from.Domain}";
        message.Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody();
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (row.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: the receiver POSTs "List-Unsubscribe=One-Click" to this address, no page in between.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.Headers.Add("Precedence", "bulk");
        }
        return message;
    }
}
