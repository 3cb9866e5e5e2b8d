using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Magazine.Web.Mail;

/// <summary>
/// Tokens for links in messages, signed and encrypted with the site's Data Protection keys:
/// each names what it is for, so a token made to unsubscribe cannot confirm anything. Links
/// that grant something expire; links that only stop mail do not, so an old message can
/// always stop the next one.
/// </summary>
public sealed class SignedLinks(IDataProtectionProvider protection)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Magazine.Mail.SignedLinks").ToTimeLimitedDataProtector();

    public string Create(string purpose, string value, TimeSpan? lifetime = null) =>
        _protector.Protect($"{purpose}\n{value}", lifetime is { } life ? DateTimeOffset.UtcNow + life : DateTimeOffset.MaxValue);

    /// <summary>The value the token carries for this purpose; null when it is forged, expired or for something else.</summary>
    public string? Read(string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            var payload = _protector.Unprotect(token);
            return payload.StartsWith(purpose + "\n", StringComparison.Ordinal) ? payload[(purpose.Length + 1)..] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
