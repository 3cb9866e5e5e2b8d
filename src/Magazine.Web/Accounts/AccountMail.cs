using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Accounts;

/// <summary>
/// Accounts by e-mail: password resets, invitations to the newsroom and readers' address
/// confirmations. Resets use Identity's own expiring token; invitations and confirmations a
/// signed link bound to the account's security stamp, so each works once.
/// </summary>
public sealed class AccountMail(
    UserManager<MagazineUser> users,
    Outbox outbox,
    MailText text,
    MailLinks links,
    SignedLinks signed,
    IMailRequestThrottle throttle,
    IOptions<MailOptions> options,
    TimeProvider clock)
{
    public const string InvitationPurpose = "invitation";
    public const string ConfirmAddressPurpose = "confirm-address";

    /// <returns>False only when the client or the address asked too often; an unknown address is answered like a known one.</returns>
    public async Task<bool> SendResetAsync(string email, Edition edition, string client, CancellationToken cancellationToken)
    {
        var address = email.Trim();
        if (!throttle.TryTake("reset", client, address.ToLowerInvariant()))
        {
            return false;
        }
        var user = await users.FindByEmailAsync(address);
        // A locked account (an administrator's decision) gets no way back in by e-mail.
        if (user is null || user.LockoutEnd > clock.GetUtcNow())
        {
            return true;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = $"{links.To(edition, "/account/reset")}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await outbox.QueueAsync(text.In(edition, L => new MailContent(user.Email!, edition, L["Reset your password"],
            [L["Someone, probably you, asked to reset the password of your account. Follow the link within {0} hours to choose a new one.", (int)AccountMailTokens.ResetLifetime.TotalHours],
             L["If it was not you, ignore this message: your password stays as it is."]],
            new MailAction(L["Choose a new password"], url))), cancellationToken);
        return true;
    }

    public async Task SendInvitationAsync(MagazineUser user, string role, string invitedBy, Edition edition, CancellationToken cancellationToken)
    {
        var stamp = await users.GetSecurityStampAsync(user);
        var token = signed.Create(InvitationPurpose, $"{user.Id}\n{stamp}", TimeSpan.FromDays(options.Value.LinkLifetimeDays));
        await outbox.QueueAsync(text.In(edition, L => new MailContent(user.Email!, edition, L["You are invited to the newsroom"],
            [L["{0} invites you to join the newsroom as {1}.", invitedBy, L[role].Value],
             L["Follow the link within {0} days to choose your password; your account is {1}.", options.Value.LinkLifetimeDays, user.Email!]],
            new MailAction(L["Choose my password"], links.To(edition, "/account/invitation", token)))), cancellationToken);
    }

    public async Task SendAddressConfirmationAsync(MagazineUser user, Edition edition, CancellationToken cancellationToken)
    {
        var stamp = await users.GetSecurityStampAsync(user);
        var token = signed.Create(ConfirmAddressPurpose, $"{user.Id}\n{stamp}", TimeSpan.FromDays(options.Value.LinkLifetimeDays));
        await outbox.QueueAsync(text.In(edition, L => new MailContent(user.Email!, edition, L["Confirm your e-mail address"],
            [L["Welcome. Follow the link to confirm this address; until then you cannot comment under your name."]],
            new MailAction(L["Confirm my address"], links.To(edition, "/account/confirm", token)))), cancellationToken);
    }

    /// <summary>The account a signed link names, if the link is ours, unexpired and the account unchanged since it was made.</summary>
    public async Task<MagazineUser?> FromLinkAsync(string purpose, string? token)
    {
        if (signed.Read(purpose, token)?.Split('\n') is not [var id, var stamp])
        {
            return null;
        }
        var user = await users.FindByIdAsync(id);
        return user is not null && await users.GetSecurityStampAsync(user) == stamp ? user : null;
    }
}

public static class AccountMailTokens
{
    /// <summary>How long a password-reset link works: long enough to reach a slow inbox, short enough to be stale in an old one.</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);
}
