using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Areas.Admin.Revisions;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Publishing;
using Magazine.Web.Security;
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
                new PageForm { Title = p.Title, Slug = p.Slug, BodyMarkdown = p.BodyMarkdown, BodyFormat = p.BodyFormat, Language = p.Language, IsPublished = p.IsPublished, Version = p.Version,
                    ArabicTitle = p.ArabicTitle, ArabicBodyMarkdown = p.ArabicBodyMarkdown },
                p.BodyHtml, null))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<RevisionsViewModel?> RevisionsAsync(int id, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Version }).FirstOrDefaultAsync(cancellationToken);
        return page is null ? null
            : new RevisionsViewModel(NewsroomUrls.To($"/pages/{id}"), page.Title, page.Version, true, await RevisionRowsAsync(id, cancellationToken),
                (await site.GetAsync(cancellationToken)).TimeZone, HasRevisionPages: false);
    }

    /// <summary>Two states of the page's text compared word by word (<see cref="RevisionCompareViewModel.CurrentId"/> for the current one).</summary>
    public async Task<RevisionCompareViewModel?> CompareAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.BodyMarkdown, p.Language, p.Version, p.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return null;
        }
        var revisions = await RevisionRowsAsync(id, cancellationToken);
        var (fromId, toId) = RevisionCompareViewModel.DefaultPair(revisions, from, to);
        var wanted = new[] { fromId, toId };
        var texts = await db.PageRevisions.AsNoTracking().Where(r => r.PageId == id && wanted.Contains(r.Id))
            .Select(r => new RevisionText(r.Id, r.Title, null, r.BodyMarkdown, r.CreatedAt, r.UserName))
            .ToListAsync(cancellationToken);
        texts.Add(new RevisionText(RevisionCompareViewModel.CurrentId, page.Title, null, page.BodyMarkdown, page.UpdatedAt, null));
        if (texts.FirstOrDefault(t => t.Id == fromId) is not { } older || texts.FirstOrDefault(t => t.Id == toId) is not { } newer)
        {
            return null;
        }
        return RevisionCompareViewModel.Of(page.Title, page.Language, NewsroomUrls.To($"/pages/{id}"), page.Version, true, revisions, older, newer,
            (await site.GetAsync(cancellationToken)).TimeZone);
    }

    /// <summary>Puts an earlier revision's text back; that is itself a save, with its own revision, refused from a stale page.</summary>
    public async Task<AdminResult> RestoreRevisionAsync(int id, int revisionId, int version, Actor actor, CancellationToken cancellationToken)
    {
        var revision = await db.PageRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.PageId == id, cancellationToken);
        var page = revision is null ? null : await db.Pages.FindAsync([id], cancellationToken);
        if (page is null)
        {
            return AdminResult.NotFound;
        }
        if (page.Version != version)
        {
            return AdminResult.Conflict(StaleRestore);
        }
        page.Title = revision!.Title;
        page.BodyMarkdown = revision.BodyMarkdown;
        page.BodyFormat = revision.BodyFormat;
        page.RenderBody(renderer, (await site.GetAsync(cancellationToken)).EmbedHosts);
        return await CommitAsync(page, version, actor, cancellationToken);
    }

    private Task<List<RevisionRow>> RevisionRowsAsync(int id, CancellationToken cancellationToken) =>
        db.PageRevisions.AsNoTracking().Where(r => r.PageId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new RevisionRow(r.Id, r.CreatedAt, r.UserName, r.Title))
            .ToListAsync(cancellationToken);

    public async Task<string> PreviewAsync(string? source, BodyFormat format, CancellationToken cancellationToken) =>
        renderer.RenderHtml(source, format, (await site.GetAsync(cancellationToken)).EmbedHosts);

    public async Task<AdminResult> SaveAsync(int? id, PageForm form, Actor actor, CancellationToken cancellationToken)
    {
        var page = id is null ? null : await db.Pages.FindAsync([id.Value], cancellationToken);
        if (id is not null && page is null)
        {
            return AdminResult.NotFound;
        }
        if (page is not null && page.Version != form.Version)
        {
            return StaleSave(page.Version);
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
        page.RenderBody(renderer, (await site.GetAsync(cancellationToken)).EmbedHosts);
        return await CommitAsync(page, page.Version, actor, cancellationToken);
    }

    private const string StaleMessage = "Someone else saved this page while you were editing it. Nothing of yours was saved: your text is still in the form. Compare it with theirs in the revisions, then save again to replace their version with yours.";
    private const string StaleRestore = "Nothing was changed: someone else changed this page since you opened it.";

    /// <summary>Every save keeps a revision and bumps the version; the UPDATE carries "WHERE Version = expected", as a story's does.</summary>
    private async Task<AdminResult> CommitAsync(Page page, int expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        page.UpdatedAt = Now;
        page.Version = expectedVersion + 1;
        if (page.Id != 0)
        {
            db.Entry(page).Property(p => p.Version).OriginalValue = expectedVersion;
        }
        page.Revisions.Add(new PageRevision
        {
            Title = page.Title,
            BodyMarkdown = page.BodyMarkdown,
            BodyFormat = page.BodyFormat,
            CreatedAt = page.UpdatedAt,
            UserId = actor.UserId,
            UserName = actor.UserName,
        });
        await mediaUses.RecordAsync(page, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StaleSave(await db.Pages.AsNoTracking().Where(p => p.Id == page.Id).Select(p => p.Version).FirstOrDefaultAsync(cancellationToken));
        }
        return AdminResult.Done(page.Id);
    }

    private static AdminResult StaleSave(int currentVersion) => AdminResult.Conflict(StaleMessage) with { CurrentVersion = currentVersion };

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
