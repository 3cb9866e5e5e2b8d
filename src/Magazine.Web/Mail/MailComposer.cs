using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Magazine.Core.Entities;

namespace Magazine.Web.Mail;

/// <summary>
/// Renders a message's plain text and HTML once, when it is queued. The HTML is a single
/// column with inline styles (mail programs ignore style sheets), the recipient's language
/// and direction on the root, and no images or links other than the site's own: no
/// tracking pixel, no rewritten address.
/// </summary>
public sealed class MailComposer(TimeProvider clock)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public OutboxMessage Compose(MailContent content, string siteName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            To = content.To,
            Subject = content.Subject,
            TextBody = Text(content, siteName),
            HtmlBody = HtmlOf(content, siteName),
            UnsubscribeUrl = content.UnsubscribeUrl,
            CreatedAt = now,
            NextAttemptAt = now,
            NewsletterSendId = content.NewsletterSendId,
        };
    }

    private static string Text(MailContent content, string siteName)
    {
        var text = new StringBuilder();
        text.Append(siteName).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }
        if (content.Action is { } action)
        {
            text.Append(action.Label).Append(":\n").Append(action.Url).Append("\n\n");
        }
        foreach (var story in content.Stories ?? [])
        {
            text.Append("* ").Append(story.Title).Append('\n');
            if (!string.IsNullOrWhiteSpace(story.Standfirst))
            {
                text.Append("  ").Append(story.Standfirst).Append('\n');
            }
            text.Append("  ").Append(story.Url).Append("\n\n");
        }
        if (content.FooterNote is not null || content.FooterLinks is { Count: > 0 })
        {
            text.Append("-- \n");
        }
        if (content.FooterNote is { } note)
        {
            text.Append(note).Append('\n');
        }
        foreach (var link in content.FooterLinks ?? [])
        {
            text.Append(link.Label).Append(": ").Append(link.Url).Append('\n');
        }
        return text.ToString();
    }

    private static string HtmlOf(MailContent content, string siteName)
    {
        var edition = content.Edition;
        var align = edition.Direction == "rtl" ? "right" : "left";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{edition.Language}\" dir=\"{edition.Direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{E(content.Subject)}</title></head>");
        html.Append(CultureInfo.InvariantCulture, $"<body style=\"margin:0;padding:0;background:#f4f1ea;\"><div dir=\"{edition.Direction}\" style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;text-align:{align};\">");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:22px;font-weight:bold;margin:0 0 24px;\">{E(siteName)}</p>");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:16px;line-height:1.5;\">{E(paragraph)}</p>");
        }
        if (content.Action is { } action)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:24px 0;\"><a href=\"{E(action.Url)}\" style=\"display:inline-block;padding:12px 20px;background:#8b1e1e;color:#ffffff;text-decoration:none;font-family:Arial,sans-serif;\">{E(action.Label)}</a></p>");
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#555;word-break:break-all;\">{E(action.Url)}</p>");
        }
        foreach (var story in content.Stories ?? [])
        {
            html.Append("<div style=\"margin:24px 0;border-top:1px solid #ddd;padding-top:16px;\">");
            if (story.ImageUrl is { } image)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(story.Url)}\"><img src=\"{E(image)}\" alt=\"{E(story.ImageAlt ?? "")}\" width=\"552\" style=\"width:100%;max-width:552px;height:auto;border:0;\"></a>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:20px;margin:12px 0 6px;\"><a href=\"{E(story.Url)}\" style=\"color:#1a1a1a;\">{E(story.Title)}</a></h2>");
            if (!string.IsNullOrWhiteSpace(story.Standfirst))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:16px;line-height:1.5;margin:0;\">{E(story.Standfirst)}</p>");
            }
            html.Append("</div>");
        }
        html.Append("<hr style=\"border:0;border-top:1px solid #ddd;margin:24px 0;\"><p style=\"font-size:13px;color:#555;font-family:Arial,sans-serif;\">");
        if (content.FooterNote is { } note)
        {
            html.Append(E(note)).Append("<br>");
        }
        html.AppendJoin(" · ", (content.FooterLinks ?? []).Select(l => $"<a href=\"{E(l.Url)}\" style=\"color:#555;\">{E(l.Label)}</a>"));
        html.Append("</p></div></body></html>");
        return html.ToString();
    }

    private static string E(string value) => Html.Encode(value);
}
