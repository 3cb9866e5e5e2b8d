using Magazine.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Accounts;

/// <summary>The account errors a reader can meet on the registration form, in the edition's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = localizer[text, arguments] };

    // The keys are Identity's own English texts, so the English edition reads exactly as before.
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "Email '{0}' is already taken.", email);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "Username '{0}' is already taken.", userName);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Email '{0}' is invalid.", email ?? "");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Username '{0}' is invalid, can only contain letters or digits.", userName ?? "");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "Passwords must be at least {0} characters.", length);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Passwords must have at least one digit ('0'-'9').");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Passwords must have at least one lowercase ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Passwords must have at least one uppercase ('A'-'Z').");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Passwords must have at least one non alphanumeric character.");
}
