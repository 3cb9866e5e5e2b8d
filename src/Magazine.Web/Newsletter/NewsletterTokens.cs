using System.Globalization;
using Magazine.Core.Entities;
using Magazine.Web.Mail;

namespace Magazine.Web.Newsletter;

/// <summary>What a newsletter link carries. A confirmation carries the choices made with it, so it confirms exactly what was asked.</summary>
public sealed record NewsletterChoice(string Email, bool English, bool Arabic, DigestFrequency Frequency)
{
    public const string ConfirmPurpose = "newsletter-confirm";
    public const string UnsubscribePurpose = "newsletter-unsubscribe";

    public string Write() => string.Join('\n', Email, English ? "1" : "0", Arabic ? "1" : "0", Frequency.ToString());

    public static NewsletterChoice? Read(string? value)
    {
        var parts = value?.Split('\n');
        return parts is { Length: 4 } && Enum.TryParse<DigestFrequency>(parts[3], out var frequency)
            ? new NewsletterChoice(parts[0], parts[1] == "1", parts[2] == "1", frequency)
            : null;
    }

    /// <summary>The unsubscribe token of one subscriber: their id and address, so it stops only that subscription.</summary>
    public static string UnsubscribeToken(SignedLinks links, int id, string email) =>
        links.Create(UnsubscribePurpose, $"{id.ToString(CultureInfo.InvariantCulture)}\n{email}");

    public static (int Id, string Email)? ReadUnsubscribe(SignedLinks links, string? token) =>
        links.Read(UnsubscribePurpose, token)?.Split('\n') is [var id, var email] && int.TryParse(id, CultureInfo.InvariantCulture, out var parsed)
            ? (parsed, email)
            : null;
}
