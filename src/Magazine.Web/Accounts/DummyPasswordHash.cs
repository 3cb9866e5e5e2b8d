using System.Security.Cryptography;
using Magazine.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace Magazine.Web.Accounts;

/// <summary>
/// The hash of a random password nobody knows, made once with the site's own hasher (so
/// with the same cost as a real account's). A sign-in for an address without an account
/// checks the password against it, so it takes as long as a wrong password for a real one.
/// </summary>
public sealed class DummyPasswordHash
{
    private string? _hash;

    public void Verify(IPasswordHasher<MagazineUser> hasher, string password)
    {
        var user = new MagazineUser();
        var hash = LazyInitializer.EnsureInitialized(ref _hash,
            () => hasher.HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
        hasher.VerifyHashedPassword(user, hash, password);
    }
}
