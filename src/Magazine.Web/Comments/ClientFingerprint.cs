using System.Security.Cryptography;
using System.Text;
using Magazine.Web.Hosting;

namespace Magazine.Web.Comments;

/// <summary>
/// A salted hash of the client's address: enough to recognise a returning commenter and to
/// rate-limit, without storing anyone's IP address. The salt lives in the data folder, or
/// in Redis when several instances must recognise the same client.
/// </summary>
public sealed class ClientFingerprint
{
    private readonly byte[] _salt;

    public ClientFingerprint(byte[] salt) => _salt = salt;

    public ClientFingerprint(DataPaths paths)
    {
        var file = Path.Combine(paths.Keys, "client-salt.bin");
        if (!File.Exists(file))
        {
            File.WriteAllBytes(file, RandomNumberGenerator.GetBytes(32));
        }
        _salt = File.ReadAllBytes(file);
    }

    public string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexString(HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes(address)))[..32];
    }
}
