using Magazine.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace Magazine.Web.Accounts;

/// <summary>Creates a reader account and signs the reader in.</summary>
public sealed class ReaderRegistration(UserManager<MagazineUser> users, SignInManager<MagazineUser> signIn, TimeProvider clock)
{
    /// <returns>The errors to show on the form; empty when the reader is registered and signed in.</returns>
    public async Task<IReadOnlyList<(string Field, string Message)>> RegisterAsync(RegisterForm form)
    {
        var user = new MagazineUser
        {
            UserName = form.Email!.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => (FieldOf(e.Code), e.Description)).ToList();
        }
        await users.AddToRoleAsync(user, Roles.Reader);
        await signIn.SignInAsync(user, isPersistent: true);
        return [];
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? nameof(RegisterForm.Password)
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? nameof(RegisterForm.Email)
        : "";
}
