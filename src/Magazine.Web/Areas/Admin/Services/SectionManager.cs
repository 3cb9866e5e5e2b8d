using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Publishing;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Services;

/// <summary>Sections: create, rename, reorder, delete when empty.</summary>
public sealed class SectionManager(MagazineDbContext db, TimeProvider clock)
{
    public async Task<SectionsViewModel> ListAsync(SectionForm form, CancellationToken cancellationToken) =>
        new(await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new SectionRow(c.Id, c.Name, c.Slug, c.Description, db.Articles.Count(a => a.CategoryId == c.Id)))
                .ToListAsync(cancellationToken),
            form);

    public Task<SectionEditViewModel?> EditAsync(int id, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new SectionEditViewModel(c.Id, db.Articles.Count(a => a.CategoryId == c.Id),
                new SectionForm { Name = c.Name, Slug = c.Slug, Description = c.Description, ArabicName = c.ArabicName, ArabicDescription = c.ArabicDescription }))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<AdminResult> CreateAsync(SectionForm form, CancellationToken cancellationToken)
    {
        var slug = await ChooseSlugAsync(form, 0, cancellationToken);
        if (slug is null)
        {
            return AdminResult.Invalid(nameof(form.Slug), "Another section already uses this address.");
        }
        var last = await db.Categories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? -1;
        var section = new Category
        {
            Name = form.Name.Trim(), Slug = slug, Description = Blank(form.Description),
            ArabicName = Blank(form.ArabicName), ArabicDescription = Blank(form.ArabicDescription), SortOrder = last + 1,
        };
        db.Categories.Add(section);
        await SaveAsync(cancellationToken);
        return AdminResult.Done(section.Id);
    }

    public async Task<AdminResult> UpdateAsync(int id, SectionForm form, CancellationToken cancellationToken)
    {
        var section = await db.Categories.FindAsync([id], cancellationToken);
        if (section is null)
        {
            return AdminResult.NotFound;
        }
        var slug = await ChooseSlugAsync(form, id, cancellationToken) ?? "";
        if (slug.Length == 0)
        {
            return AdminResult.Invalid(nameof(form.Slug), "Another section already uses this address.");
        }
        if (slug != section.Slug)
        {
            await db.KeepAsync(StoryUrls.Section(section.Slug), r => r.CategoryId = id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        (section.Name, section.Slug, section.Description) = (form.Name.Trim(), slug, Blank(form.Description));
        (section.ArabicName, section.ArabicDescription) = (Blank(form.ArabicName), Blank(form.ArabicDescription));
        await SaveAsync(cancellationToken);
        return AdminResult.Done(id);
    }

    /// <summary>Moves a section one place up (-1) or down (+1) in the navigation.</summary>
    public async Task<AdminResult> MoveAsync(int id, int step, CancellationToken cancellationToken)
    {
        var sections = await db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var index = sections.FindIndex(c => c.Id == id);
        if (index < 0)
        {
            return AdminResult.NotFound;
        }
        var target = Math.Clamp(index + Math.Sign(step), 0, sections.Count - 1);
        (sections[index], sections[target]) = (sections[target], sections[index]);
        for (var order = 0; order < sections.Count; order++)
        {
            sections[order].SortOrder = order;
        }
        await SaveAsync(cancellationToken);
        return AdminResult.Done(id);
    }

    public async Task<AdminResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Categories.FindAsync([id], cancellationToken);
        if (section is null)
        {
            return AdminResult.NotFound;
        }
        var stories = await db.Articles.CountAsync(a => a.CategoryId == id, cancellationToken);
        if (stories > 0)
        {
            return AdminResult.Conflict(
                "“{0}” still holds {1} (drafts and trash included). Move them to another section first; only an empty section can be deleted.", section.Name, new CountedPhrase(stories, "{0} stories"));
        }
        db.Categories.Remove(section);
        await SaveAsync(cancellationToken);
        return AdminResult.Done();
    }

    // The cached section list (and the reader pages) are refreshed by ContentChangeInterceptor on save.
    private Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private async Task<string?> ChooseSlugAsync(SectionForm form, int id, CancellationToken cancellationToken)
    {
        var typed = Slugs.From(form.Slug);
        if (typed.Length > 0)
        {
            return await db.Categories.AnyAsync(c => c.Slug == typed && c.Id != id, cancellationToken) ? null : typed;
        }
        var proposed = Slugs.From(form.Name) is { Length: > 0 } s ? s : "section";
        return await Slugs.MakeUniqueAsync(proposed, c => db.Categories.AnyAsync(x => x.Slug == c && x.Id != id, cancellationToken));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
