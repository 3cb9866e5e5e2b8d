using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Search;
using Magazine.Web.Infrastructure;
using Magazine.Web.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Hosting;

/// <summary>
/// Brings the database to the current schema at start and gives a fresh data folder its
/// settings (from configuration), roles and, if asked, the demo magazine.
/// </summary>
public sealed class DatabaseInitializer(
    MagazineDbContext db,
    RoleManager<IdentityRole> roles,
    IOptions<MagazineOptions> options,
    StoryRenderer renderer,
    DemoContentSeeder demo,
    ISearchIndex search,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(bool seedDemo, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqliteConnectionPragmas.EnableWal, cancellationToken);
        }
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await search.EnsureReadyAsync(cancellationToken);
        await EnsureSettingsAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (seedDemo && options.Value.SeedDemoContent && !await db.Articles.AnyAsync(cancellationToken))
        {
            var count = await demo.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded the demo magazine: {Count} stories", count);
        }
    }

    private async Task EnsureSettingsAsync(CancellationToken cancellationToken)
    {
        if (await db.SiteSettings.AnyAsync(cancellationToken))
        {
            return;
        }
        var site = options.Value.Site;
        var comments = options.Value.Comments;
        var settings = new SiteSettings
        {
            SiteName = site.Name,
            Tagline = site.Tagline,
            ContactEmail = site.ContactEmail,
            PublisherBlurb = site.PublisherBlurb,
            PublisherBlurbHtml = renderer.RenderHtml(site.PublisherBlurb),
            ArabicSiteName = site.ArabicName,
            ArabicTagline = site.ArabicTagline,
            ArabicPublisherBlurb = site.ArabicPublisherBlurb,
            ArabicPublisherBlurbHtml = string.IsNullOrWhiteSpace(site.ArabicPublisherBlurb) ? null : renderer.RenderHtml(site.ArabicPublisherBlurb),
            AdHeader = site.AdHeader,
            AdInArticle = site.AdInArticle,
            AdSidebar = site.AdSidebar,
            AdHosts = site.AdHosts,
            PageSize = site.PageSize,
            TimeZone = site.TimeZone,
            EmbedHosts = site.EmbedHosts ?? new SiteSettings().EmbedHosts,
            CommentModeration = comments.Moderation,
            CommentRateLimitPerMinute = comments.RateLimitPerMinute,
            CommentsCloseAfterDays = comments.CloseAfterDays,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.SiteSettings.Add(settings);
        await db.SaveChangesAsync(cancellationToken);
    }
}
