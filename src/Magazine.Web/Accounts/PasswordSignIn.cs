using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.AspNetCore.Identity;

namespace Magazine.Web.Accounts;

/// <summary>How a sign-in ended: the home to go to, or a refusal that says nothing about the account.</summary>
public sealed record SignInOutcome(string? Home, TimeSpan? Wait = null)
{
    public static readonly SignInOutcome Failed = new((string?)null);

    public bool Throttled => Wait is not null;
}

/// <summary>
/// Signs a person in with e-mail and password, so that an outsider learns nothing about
/// which addresses have accounts and cannot shut anyone out: an unknown or locked address
/// costs the same password work as a wrong password, every failure reads the same, and
/// repeated failures slow the client that makes them (<see cref="ISignInThrottle"/>)
/// instead of locking the account.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<MagazineUser> signIn,
    IPasswordHasher<MagazineUser> hasher,
    DummyPasswordHash dummy,
    ISignInThrottle throttle)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, string client)
    {
        var users = signIn.UserManager;
        var address = users.NormalizeName(email.Trim()) ?? "";
        if (throttle.WaitBefore(client, address) is { } wait)
        {
            return new SignInOutcome(null, wait);
        }
        var user = await users.FindByNameAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            dummy.Verify(hasher, password);
            throttle.Failed(client, address);
            return SignInOutcome.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            throttle.Failed(client, address);
            return SignInOutcome.Failed;
        }
        throttle.Succeeded(client, address);
        var roles = await users.GetRolesAsync(user);
        return new SignInOutcome(roles.Any(Roles.Newsroom.Contains) ? Edition.Current.Url("/admin") : StoryUrls.Home());
    }
}
