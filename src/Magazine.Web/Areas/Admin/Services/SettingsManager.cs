using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Services;

public sealed class SettingsManager(MagazineDbContext db, StoryRenderer renderer, TimeProvider clock)
{
    public async Task<SettingsForm> LoadAsync(CancellationToken cancellationToken)
    {
        var s = await db.SiteSettings.AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync(cancellationToken) ?? new SiteSettings();
        return new SettingsForm
        {
            SiteName = s.SiteName,
            Tagline = s.Tagline,
            ContactEmail = s.ContactEmail,
            PublisherBlurb = s.PublisherBlurb,
            ArabicSiteName = s.ArabicSiteName,
            ArabicTagline = s.ArabicTagline,
            ArabicPublisherBlurb = s.ArabicPublisherBlurb,
            AdHeader = s.AdHeader,
            AdInArticle = s.AdInArticle,
            AdSidebar = s.AdSidebar,
            AdHosts = s.AdHosts,
            PageSize = s.PageSize,
            TimeZone = s.TimeZone,
            EmbedHosts = s.EmbedHosts,
            CommentModeration = s.CommentModeration,
            CommentsCloseAfterDays = s.CommentsCloseAfterDays,
            CommentRateLimitPerMinute = s.CommentRateLimitPerMinute,
        };
    }

    public async Task SaveAsync(SettingsForm form, CancellationToken cancellationToken)
    {
        var s = await db.SiteSettings.OrderBy(x => x.Id).FirstOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            s = new SiteSettings();
            db.SiteSettings.Add(s);
        }
        s.SiteName = form.SiteName.Trim();
        s.Tagline = Blank(form.Tagline);
        s.ContactEmail = Blank(form.ContactEmail);
        s.PublisherBlurb = Blank(form.PublisherBlurb);
        // The footer shows this on every page: rendered and sanitised once, here.
        s.PublisherBlurbHtml = renderer.RenderHtml(s.PublisherBlurb);
        s.ArabicSiteName = Blank(form.ArabicSiteName);
        s.ArabicTagline = Blank(form.ArabicTagline);
        s.ArabicPublisherBlurb = Blank(form.ArabicPublisherBlurb);
        s.ArabicPublisherBlurbHtml = s.ArabicPublisherBlurb is null ? null : renderer.RenderHtml(s.ArabicPublisherBlurb);
        s.AdHeader = Blank(form.AdHeader);
        s.AdInArticle = Blank(form.AdInArticle);
        s.AdSidebar = Blank(form.AdSidebar);
        s.AdHosts = string.Join(", ", StoryRenderer.ParseHosts(form.AdHosts));
        s.PageSize = form.PageSize;
        s.TimeZone = form.TimeZone.Trim();
        s.EmbedHosts = string.Join(", ", StoryRenderer.ParseHosts(form.EmbedHosts));
        s.CommentModeration = form.CommentModeration;
        s.CommentsCloseAfterDays = form.CommentsCloseAfterDays;
        s.CommentRateLimitPerMinute = form.CommentRateLimitPerMinute;
        s.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // The cached identity and every reader page follow through ContentChangeInterceptor.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
