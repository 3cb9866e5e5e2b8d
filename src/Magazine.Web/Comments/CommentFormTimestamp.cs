using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Magazine.Web.Comments;

/// <summary>What a comment form's note says: when the form was shown, and the form's own random name.</summary>
public sealed record CommentFormNote(DateTimeOffset ShownAt, string Nonce);

/// <summary>
/// A tamper-proof note of when the comment form was shown. A post that arrives sooner than
/// a person could type, later than <see cref="Hosting.CommentOptions.FormLifetimeHours"/>,
/// or without the note, is refused. A cached story page hands the same note to every
/// reader for as long as the page cache keeps it (minutes), so the note is older than the
/// visit: that only makes the typing check more lenient, and the lifetime is hours.
/// </summary>
public sealed class CommentFormTimestamp(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Magazine.Comments.FormShown");

    public string Issue() =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture,
            $"{clock.GetUtcNow().UtcTicks}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}"));

    /// <summary>The note, or null if it is missing or forged.</summary>
    public CommentFormNote? Read(string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(note).Split('.');
            var ticks = long.Parse(parts[0], CultureInfo.InvariantCulture);
            // Notes issued before they carried a nonce still read; their duplicates are told apart by the rest of the key.
            return new CommentFormNote(new DateTimeOffset(ticks, TimeSpan.Zero), parts.Length > 1 ? parts[1] : "");
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
