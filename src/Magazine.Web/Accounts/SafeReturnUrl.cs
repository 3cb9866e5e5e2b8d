using System.Globalization;
using System.Text;

namespace Magazine.Web.Accounts;

/// <summary>
/// The address to go back to after signing in or registering. Whatever arrives (non-ASCII,
/// percent-encoded, protocol-relative, backslashes, control characters) becomes a local
/// path in plain ASCII, percent-encoding what needs it, or the fallback. A header may carry
/// only ASCII, so an unencoded "/مقال" used to fail after the sign-in had succeeded.
/// </summary>
public static class SafeReturnUrl
{
    public static string LocalOr(string? returnUrl, string fallback)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2_000 || returnUrl[0] != '/')
        {
            return fallback;
        }
        // "//host" and "/\host" are read by browsers as another site; so is any backslash
        // that a browser turns into a slash.
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\' || returnUrl.Contains('\\'))
        {
            return fallback;
        }
        var encoded = new StringBuilder(returnUrl.Length);
        for (var i = 0; i < returnUrl.Length; i++)
        {
            var c = returnUrl[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return fallback;
            }
            if (c == '%' && i + 2 < returnUrl.Length && char.IsAsciiHexDigit(returnUrl[i + 1]) && char.IsAsciiHexDigit(returnUrl[i + 2]))
            {
                encoded.Append(c);
            }
            else if (c < 128 && c is not ('%' or '"' or '<' or '>' or '`' or '{' or '}' or '|' or '^'))
            {
                encoded.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < returnUrl.Length && char.IsLowSurrogate(returnUrl[i + 1]))
            {
                AppendEscaped(encoded, returnUrl.AsSpan(i, 2));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return fallback;
            }
            else
            {
                AppendEscaped(encoded, returnUrl.AsSpan(i, 1));
            }
        }
        var result = encoded.ToString();
        // Decoded once more, an encoded "/%2F..." or "/%5C..." must still be a path on this site.
        var decoded = Uri.UnescapeDataString(result);
        return decoded.StartsWith("//", StringComparison.Ordinal) || decoded.StartsWith("/\\", StringComparison.Ordinal) ? fallback : result;
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> characters)
    {
        Span<byte> bytes = stackalloc byte[8];
        var count = Encoding.UTF8.GetBytes(characters, bytes);
        foreach (var b in bytes[..count])
        {
            builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
    }
}
