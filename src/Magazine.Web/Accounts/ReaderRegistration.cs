using Magazine.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace Magazine.Web.Accounts;

/// <summary>
/// Creates a reader account. Whether the address was free or already had an account, the
/// answer is the same (no errors, and nobody is signed in), so the form cannot be used to
/// learn who has an account. The reader signs in next with the password they chose (on an
/// address that was taken, that sign-in fails like any other) and confirms the address from
/// the message sent to it before their comments carry their name.
/// </summary>
public sealed class ReaderRegistration(UserManager<MagazineUser> users, AccountMail mail, TimeProvider clock)
{
    private static readonly string[] RevealingErrors =
        [nameof(IdentityErrorDescriber.DuplicateEmail), nameof(IdentityErrorDescriber.DuplicateUserName)];

    /// <returns>The errors to show on the form (about the password or the address's form only); empty when the form is accepted.</returns>
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
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, Roles.Reader);
            await mail.SendAddressConfirmationAsync(user, Hosting.Edition.Current, CancellationToken.None);
            return [];
        }
        return created.Errors.Where(e => !RevealingErrors.Contains(e.Code)).Select(e => (FieldOf(e.Code), e.Description)).ToList();
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? nameof(RegisterForm.Password)
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? nameof(RegisterForm.Email)
        : "";
}
