using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Scaling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Magazine.Web.Hosting;

/// <summary>
/// Reads settings and the section list once and keeps them in memory; anything that
/// changes them calls <see cref="Invalidate"/>, which tells the site's other instances too
/// (<see cref="IInstanceBroadcast"/>).
/// </summary>
public sealed class SiteIdentityProvider(IServiceScopeFactory scopes, IMemoryCache cache, IInstanceBroadcast broadcast)
{
    private const string CacheKey = "site-identity";

    public async Task<SiteIdentity> GetAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.Priority = CacheItemPriority.NeverRemove;
            return await LoadAsync(cancellationToken);
        }))!;

    public void Invalidate()
    {
        Forget();
        broadcast.IdentityChanged();
    }

    /// <summary>Drops this instance's copy only: another instance made the change.</summary>
    public void Forget() => cache.Remove(CacheKey);

    private async Task<SiteIdentity> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var s = await db.SiteSettings.AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new Core.Entities.SiteSettings();
        var sections = await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new SectionLink(c.Id, c.Name, c.Slug, c.ArabicName))
            .ToListAsync(cancellationToken);
        return new SiteIdentity(
            s.SiteName, s.Tagline, s.ContactEmail, s.PublisherBlurbHtml,
            Blank(s.AdHeader), Blank(s.AdInArticle), Blank(s.AdSidebar),
            StoryRenderer.ParseHosts(s.AdHosts),
            s.PageSize is > 0 and <= 100 ? s.PageSize : 10,
            FindTimeZone(s.TimeZone),
            StoryRenderer.ParseHosts(s.EmbedHosts),
            s.CommentModeration, s.CommentsCloseAfterDays, s.CommentRateLimitPerMinute,
            sections,
            Blank(s.ArabicSiteName), Blank(s.ArabicTagline), Blank(s.ArabicPublisherBlurbHtml));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static TimeZoneInfo FindTimeZone(string? id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id ?? "UTC", out var zone) ? zone : TimeZoneInfo.Utc;
}
