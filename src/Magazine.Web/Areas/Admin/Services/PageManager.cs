using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Publishing;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Services;

/// <summary>Standalone pages, rendered at save time by the same renderer as stories.</summary>
public sealed class PageManager(MagazineDbContext db, StoryRenderer renderer, SiteIdentityProvider site, MediaUseRecorder mediaUses, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagesViewModel> ListAsync(CancellationToken cancellationToken) =>
        new(await db.Pages.AsNoTracking().OrderBy(p => p.Slug)
                .Select(p => new PageRow(p.Id, p.Title, p.Slug, p.Language, p.IsPublished, p.UpdatedAt))
                .ToListAsync(cancellationToken),
            (await site.GetAsync(cancellationToken)).TimeZone);

    public Task<PageEditViewModel?> EditAsync(int id, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PageEditViewModel(p.Id,
                new PageForm { Title = p.Title, Slug = p.Slug, BodyMarkdown = p.BodyMarkdown, BodyFormat = p.BodyFormat, Language = p.Language, IsPublished = p.IsPublished,
                    ArabicTitle = p.ArabicTitle, ArabicBodyMarkdown = p.ArabicBodyMarkdown },
                p.BodyHtml))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<string> PreviewAsync(string? source, BodyFormat format, CancellationToken cancellationToken) =>
        renderer.RenderHtml(source, format, (await site.GetAsync(cancellationToken)).EmbedHosts);

    public async Task<AdminResult> SaveAsync(int? id, PageForm form, CancellationToken cancellationToken)
    {
        var page = id is null ? null : await db.Pages.FindAsync([id.Value], cancellationToken);
        if (id is not null && page is null)
        {
            return AdminResult.NotFound;
        }
        var slug = Slugs.From(string.IsNullOrWhiteSpace(form.Slug) ? form.Title : form.Slug);
        if (slug.Length == 0)
        {
            return AdminResult.Invalid(nameof(form.Slug), "An address needs letters or digits.");
        }
        if (await db.Pages.AnyAsync(p => p.Slug == slug && p.Id != (id ?? 0), cancellationToken))
        {
            return AdminResult.Invalid(nameof(form.Slug), "Another page already uses this address.");
        }
        if (page is null)
        {
            page = new Page { Title = "", Slug = slug, CreatedAt = Now };
            db.Pages.Add(page);
        }
        else if (page.Slug != slug && page.IsPublished)
        {
            await db.KeepAsync(StoryUrls.Page(page.Slug), r => r.PageId = page.Id, Now, cancellationToken);
        }
        page.Title = form.Title.Trim();
        page.Slug = slug;
        page.BodyMarkdown = form.BodyMarkdown ?? "";
        page.BodyFormat = form.BodyFormat;
        page.Language = form.Language;
        page.ArabicTitle = string.IsNullOrWhiteSpace(form.ArabicTitle) ? null : form.ArabicTitle.Trim();
        page.ArabicBodyMarkdown = page.ArabicTitle is null ? null : form.ArabicBodyMarkdown;
        page.IsPublished = form.IsPublished;
        page.UpdatedAt = Now;
        page.RenderBody(renderer, (await site.GetAsync(cancellationToken)).EmbedHosts);
        await mediaUses.RecordAsync(page, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(page.Id);
    }

    /// <summary>Deleted through the change tracker, not a bulk delete, so the reader cache hears of it.</summary>
    public async Task<AdminResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var page = await db.Pages.FindAsync([id], cancellationToken);
        if (page is null)
        {
            return AdminResult.NotFound;
        }
        db.Pages.Remove(page);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
