using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Publishing;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Services;

/// <summary>Tags: rename, merge one into another, delete. Old tag addresses keep answering with a redirect.</summary>
public sealed class TagManager(MagazineDbContext db, TimeProvider clock)
{
    public const int PageSize = 100;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Alphabetical by slug (the slug's unique index serves the order).</summary>
    public async Task<TagsViewModel?> ListAsync(int page, CancellationToken cancellationToken)
    {
        if (page is < 1 or > ListPage<TagRow>.MaxPage)
        {
            return null;
        }
        var rows = await db.Tags.AsNoTracking().OrderBy(t => t.Slug).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(t => new TagRow(t.Id, t.Name, t.Slug, db.ArticleTags.Count(at => at.TagId == t.Id)))
            .ToListAsync(cancellationToken);
        return rows.Count == 0 && page > 1 ? null
            : new TagsViewModel(ListPage<TagRow>.From(rows, PageSize, NewsroomUrls.To("/tags"), page));
    }

    public Task<TagEditViewModel?> EditAsync(int id, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TagEditViewModel(t.Id, t.Name, db.ArticleTags.Count(at => at.TagId == t.Id),
                new TagForm { Name = t.Name, Slug = t.Slug }, new TagMergeForm()))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<AdminResult> RenameAsync(int id, TagForm form, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FindAsync([id], cancellationToken);
        if (tag is null)
        {
            return AdminResult.NotFound;
        }
        var slug = Slugs.From(string.IsNullOrWhiteSpace(form.Slug) ? form.Name : form.Slug);
        if (slug.Length == 0)
        {
            return AdminResult.Invalid(nameof(form.Slug), "An address needs letters or digits.");
        }
        if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
        {
            return AdminResult.Invalid(nameof(form.Slug), "Another tag already uses this address: merge into it instead.");
        }
        if (slug != tag.Slug)
        {
            await db.KeepAsync(StoryUrls.Tag(tag.Slug), r => r.TagId = id, Now, cancellationToken);
        }
        (tag.Name, tag.Slug) = (form.Name.Trim(), slug);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(id);
    }

    /// <summary>
    /// Every story tagged with the first tag gets the second instead (keeping its place in the
    /// story's tag order), the first tag goes, and its address redirects to the second's.
    /// </summary>
    public async Task<AdminResult> MergeAsync(int id, TagMergeForm form, CancellationToken cancellationToken)
    {
        var from = await db.Tags.FindAsync([id], cancellationToken);
        if (from is null)
        {
            return AdminResult.NotFound;
        }
        var intoSlug = Slugs.From(form.Into);
        var into = await db.Tags.FirstOrDefaultAsync(t => t.Slug == intoSlug || t.Name == form.Into.Trim(), cancellationToken);
        if (into is null)
        {
            return AdminResult.Invalid(nameof(form.Into), "There is no tag “{0}”.", form.Into);
        }
        if (into.Id == id)
        {
            return AdminResult.Invalid(nameof(form.Into), "A tag cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var links = await db.ArticleTags.Where(at => at.TagId == id).ToListAsync(cancellationToken);
        var alreadyTagged = await db.ArticleTags.Where(at => at.TagId == into.Id && links.Select(l => l.ArticleId).Contains(at.ArticleId))
            .Select(at => at.ArticleId).ToListAsync(cancellationToken);
        db.ArticleTags.RemoveRange(links);
        db.ArticleTags.AddRange(links.Where(l => !alreadyTagged.Contains(l.ArticleId))
            .Select(l => new Core.Entities.ArticleTag { ArticleId = l.ArticleId, TagId = into.Id, SortOrder = l.SortOrder }));
        foreach (var redirect in await db.Redirects.Where(r => r.TagId == id).ToListAsync(cancellationToken))
        {
            redirect.TagId = into.Id;
        }
        await db.KeepAsync(StoryUrls.Tag(from.Slug), r => r.TagId = into.Id, Now, cancellationToken);
        db.Tags.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Done(into.Id);
    }

    /// <summary>Deleted through the change tracker, not a bulk delete, so the reader cache hears of it; links and redirects cascade.</summary>
    public async Task<AdminResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FindAsync([id], cancellationToken);
        if (tag is null)
        {
            return AdminResult.NotFound;
        }
        db.Tags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
