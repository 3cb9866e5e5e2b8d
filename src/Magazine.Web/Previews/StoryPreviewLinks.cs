using System.Security.Cryptography;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

using Magazine.Web.Publishing;

namespace Magazine.Web.Previews;

/// <summary>A live private preview link: its address and when it stops working.</summary>
public sealed record PreviewLink(string Path, DateTime ExpiresAt);

/// <summary>
/// Private preview links: a colleague who is not signed in reads an unpublished story as
/// readers will. The link carries the story's id and a random key, signed with the site's
/// Data Protection keys so it cannot be forged or altered; the key is kept on the story, so
/// making a new link or revoking it ends every link handed out before, and it expires.
/// </summary>
public sealed class StoryPreviewLinks(MagazineDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    public const string RoutePrefix = "/preview/";

    private readonly IDataProtector protector = protection.CreateProtector("Magazine.StoryPreviewLinks.v1");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static bool MayShare(Actor actor, ArticleStatus status, string? authorUserId) =>
        StoryPermissions.CanView(actor, authorUserId) && status is not ArticleStatus.Trashed;

    public PreviewLink? Of(int id, string? key, DateTime? expiresAt) =>
        key is null || expiresAt is not { } until || until <= Now ? null : new(RoutePrefix + protector.Protect($"{id}:{key}"), until);

    /// <summary>A new link for the story, replacing any earlier one; null when this person may not share it.</summary>
    public async Task<WorkflowResult> CreateAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(id, actor, article =>
        {
            article.PreviewKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            article.PreviewExpiresAt = Now + Lifetime;
        }, cancellationToken);

    public async Task<WorkflowResult> RevokeAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(id, actor, article =>
        {
            article.PreviewKey = null;
            article.PreviewExpiresAt = null;
        }, cancellationToken);

    /// <summary>The story a link opens, or null when the link is forged, revoked, expired or its story is in the trash.</summary>
    public async Task<int?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var id))
        {
            return null;
        }
        var now = Now;
        var key = parts[1];
        return await db.Articles.AsNoTracking()
            .AnyAsync(a => a.Id == id && a.PreviewKey == key && a.PreviewExpiresAt > now && a.Status != ArticleStatus.Trashed, cancellationToken)
            ? id : null;
    }

    // The link is not part of the story's text: it does not bump the version a save is checked against.
    private async Task<WorkflowResult> ChangeAsync(int id, Actor actor, Action<Article> change, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Author).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }
        if (!MayShare(actor, article.Status, article.Author.UserId))
        {
            return WorkflowResult.Forbidden("You can share a preview only of a story you can see, and not from the trash.");
        }
        change(article);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Done(id);
    }
}
