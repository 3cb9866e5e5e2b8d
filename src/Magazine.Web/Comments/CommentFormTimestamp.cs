using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Magazine.Web.Comments;

/// <summary>
/// A tamper-proof note of when the comment form was shown. A post that arrives sooner than
/// a person could type, or without the note, is refused. On a cached page the note is
/// older than the visit, which only makes the check more lenient.
/// </summary>
public sealed class CommentFormTimestamp(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Magazine.Comments.FormShown");

    public string Issue() =>
        _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>How long ago the form was shown, or null if the note is missing or forged.</summary>
    public TimeSpan? Age(string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            return null;
        }
        try
        {
            var ticks = long.Parse(_protector.Unprotect(note), CultureInfo.InvariantCulture);
            return clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
