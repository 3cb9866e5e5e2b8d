using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Magazine.Web.Security;

/// <summary>
/// The one-time token behind the setup link printed at start on a site with no
/// administrator. It lives in memory only: a restart prints a new one, and it is retired
/// as soon as an administrator exists, however that administrator was made.
/// </summary>
public sealed class FirstAdminSetup
{
    private readonly Lock _gate = new();
    private string? _token;

    public const string PathPrefix = "/setup/";

    public string? Token
    {
        get { lock (_gate) { return _token; } }
    }

    public string Issue()
    {
        lock (_gate)
        {
            return _token ??= WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        }
    }

    public bool Matches(string? candidate)
    {
        var token = Token;
        return token is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
    }

    public void Retire()
    {
        lock (_gate)
        {
            _token = null;
        }
    }
}
