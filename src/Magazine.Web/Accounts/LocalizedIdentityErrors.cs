using Magazine.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Accounts;

/// <summary>The account errors a reader can meet on the registration form, in the edition's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = localizer[text, arguments] };

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "An account with the e-mail address {0} already exists.", email);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "An account with the e-mail address {0} already exists.", userName);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "That does not look like an e-mail address.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "That does not look like an e-mail address.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "A password needs at least {0} characters.", length);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "A password needs at least one digit (0-9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "A password needs at least one lower-case letter.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "A password needs at least one capital letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "A password needs at least one character that is not a letter or digit.");
}
