using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Services;

/// <summary>
/// Accounts, for administrators: create, set the role, lock and unlock. The site never ends
/// up without an unlocked administrator: the last one cannot be demoted or locked.
/// </summary>
public sealed class UserAdministration(
    MagazineDbContext db,
    UserManager<MagazineUser> users,
    UserAccounts accounts,
    SiteIdentityProvider site,
    Accounts.AccountMail mail,
    TimeProvider clock)
{
    public async Task<UsersViewModel> ListAsync(string currentUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = (await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail)
                .Select(u => new
                {
                    u.Id,
                    Email = u.Email ?? u.UserName ?? "",
                    u.DisplayName,
                    Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                    u.LockoutEnd,
                    u.CreatedAt,
                    Invited = u.PasswordHash == null,
                })
                .ToListAsync(cancellationToken))
            .Select(u => new UserRow(u.Id, u.Email, u.DisplayName, u.Role, u.LockoutEnd > now, u.CreatedAt, u.Invited))
            .ToList();
        return new UsersViewModel(rows, currentUserId, (await site.GetAsync(cancellationToken)).TimeZone);
    }

    /// <summary>Opens the account without a password and e-mails its owner an expiring link to choose one.</summary>
    public async Task<AdminResult> InviteAsync(NewUserForm form, string invitedBy, Edition edition, CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(new NewAccount(form.Email, null, form.Role, form.DisplayName), Roles.All, cancellationToken);
        if (!result.Succeeded)
        {
            return AdminResult.Invalid("", string.Join(" ", result.Errors));
        }
        await mail.SendInvitationAsync(result.User!, UserAccounts.FindRole(form.Role, Roles.All)!, invitedBy, edition, cancellationToken);
        return AdminResult.Done();
    }

    /// <summary>A new invitation for an account that never accepted one (the last may have expired); earlier links stop working.</summary>
    public async Task<AdminResult> ReinviteAsync(string id, string invitedBy, Edition edition, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AdminResult.NotFound;
        }
        if (user.PasswordHash is not null)
        {
            return AdminResult.Conflict("This account already has a password: its owner can reset it from the sign-in page.");
        }
        await users.UpdateSecurityStampAsync(user);
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Writer;
        await mail.SendInvitationAsync(user, role, invitedBy, edition, cancellationToken);
        return AdminResult.Done();
    }

    public async Task<AdminResult> SetRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        var canonical = UserAccounts.FindRole(role, Roles.All);
        if (user is null)
        {
            return AdminResult.NotFound;
        }
        if (canonical is null)
        {
            return AdminResult.Conflict("There is no role “{0}”.", role);
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && canonical != Roles.Admin && await IsLastAdministratorAsync(user))
        {
            return AdminResult.Conflict("This is the only administrator: make someone else an administrator first.");
        }
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, canonical);
        if (Roles.Newsroom.Contains(canonical))
        {
            await accounts.EnsureAuthorProfileAsync(user, cancellationToken);
        }
        // Sessions carry the role: a new stamp makes them pick up the change at their next check.
        await users.UpdateSecurityStampAsync(user);
        return AdminResult.Done();
    }

    public async Task<AdminResult> SetLockedAsync(string id, bool locked, string currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AdminResult.NotFound;
        }
        if (locked && user.Id == currentUserId)
        {
            return AdminResult.Conflict("You cannot lock your own account.");
        }
        if (locked && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdministratorAsync(user))
        {
            return AdminResult.Conflict("This is the only administrator: it cannot be locked.");
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (locked)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        return AdminResult.Done();
    }

    private async Task<bool> IsLastAdministratorAsync(MagazineUser user) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).All(u => u.Id == user.Id || u.LockoutEnd > clock.GetUtcNow());
}
