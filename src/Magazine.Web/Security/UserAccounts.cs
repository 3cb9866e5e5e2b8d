using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Security;

/// <summary>
/// What it takes to open an account; the display name defaults to the e-mail's local part.
/// Without a password the account is an invitation: its owner sets one from the link sent to them.
/// </summary>
public sealed record NewAccount(string Email, string? Password, string Role, string? DisplayName = null);

public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors, MagazineUser? User = null)
{
    public static AccountResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>
/// Opens accounts for the command line, the first-administrator setup page and the users
/// page alike. A newsroom account always comes with its public author profile, in the same
/// transaction, so a story never lacks a byline.
/// </summary>
public sealed class UserAccounts(UserManager<MagazineUser> users, MagazineDbContext db, TimeProvider clock)
{
    /// <summary>The role named case-insensitively, in its canonical spelling, or null.</summary>
    public static string? FindRole(string? name, IEnumerable<string> allowed) =>
        allowed.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task<AccountResult> CreateAsync(NewAccount account, IReadOnlyList<string> allowedRoles, CancellationToken cancellationToken)
    {
        var role = FindRole(account.Role, allowedRoles);
        if (role is null)
        {
            return AccountResult.Fail($"unknown role '{account.Role}': use {string.Join(", ", allowedRoles)}.");
        }
        var email = account.Email.Trim();
        var displayName = string.IsNullOrWhiteSpace(account.DisplayName) ? email.Split('@')[0] : account.DisplayName.Trim();
        var user = new MagazineUser
        {
            UserName = email,
            Email = email,
            // Whoever types a password for the account vouches for the address; an invitation is confirmed when it is accepted.
            EmailConfirmed = account.Password is not null,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = account.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new AccountResult(false, Describe(created));
        }
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return new AccountResult(false, Describe(added));
        }
        if (Roles.Newsroom.Contains(role))
        {
            await EnsureAuthorProfileAsync(user, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new AccountResult(true, [], user);
    }

    /// <summary>The user's author profile, created with a unique slug from the display name if missing.</summary>
    public async Task<AuthorProfile> EnsureAuthorProfileAsync(MagazineUser user, CancellationToken cancellationToken)
    {
        var profile = await db.Authors.FirstOrDefaultAsync(a => a.UserId == user.Id, cancellationToken);
        if (profile is not null)
        {
            return profile;
        }
        var name = user.DisplayName ?? user.UserName ?? "Author";
        var slug = await Slugs.MakeUniqueAsync(
            Slugs.From(name) is { Length: > 0 } s ? s : "author",
            candidate => db.Authors.AnyAsync(a => a.Slug == candidate, cancellationToken));
        profile = new AuthorProfile { UserId = user.Id, DisplayName = name, Slug = slug };
        db.Authors.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == Roles.Admin
         select userRole).AnyAsync(cancellationToken);

    /// <summary>Identity's messages, without the user-name duplicate that repeats the e-mail one (the user name is the e-mail).</summary>
    private static string[] Describe(IdentityResult result)
    {
        var errors = result.Errors.ToList();
        if (errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            errors.RemoveAll(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        }
        return errors.Select(e => e.Description).ToArray();
    }
}
