using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// Every reader- and newsroom-visible field of a site as sorted lines, independent of database
/// ids and import keys, so two sites can be compared for "the same site". Times are compared
/// to the second, the precision WordPress files carry.
/// </summary>
public sealed record SiteSnapshot(
    IReadOnlyList<string> Stories,
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> Comments,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Tags)
{
    public static Task<SiteSnapshot> TakeAsync(MagazineFactory app) => app.WithDbAsync(async db =>
    {
        var stories = (await db.Articles.AsNoTracking()
            .Select(a => new
            {
                a.Slug, a.Title, a.Status, a.StatusBeforeTrash, a.PublishedAt, a.CreatedAt, a.UpdatedAt, a.Dek, a.Language,
                Section = a.Category == null ? null : a.Category.Slug,
                Tags = a.Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Slug).ToList(),
                Author = a.Author.Slug,
                a.CommentsClosed, a.IsFeatured, a.HeroImageUrl, a.HeroImageAlt, a.CommentCount, a.BodyMarkdown, a.BodyHtml, a.BodyText, a.ReadingMinutes,
            })
            .ToListAsync())
            .Select(a => string.Join(" | ", a.Slug, a.Title, a.Status, a.StatusBeforeTrash, S(a.PublishedAt), a.CreatedAt.ToString("O"), S(a.UpdatedAt), a.Dek, a.Language,
                a.Section, string.Join(",", a.Tags), a.Author, a.CommentsClosed, a.IsFeatured, a.HeroImageUrl, a.HeroImageAlt, a.CommentCount,
                a.BodyMarkdown, a.BodyHtml, a.BodyText, a.ReadingMinutes));

        var pages = (await db.Pages.AsNoTracking().ToListAsync())
            .Select(p => string.Join(" | ", p.Slug, p.Title, p.IsPublished, p.Language, p.CreatedAt.ToString("O"), S(p.UpdatedAt), p.BodyMarkdown, p.BodyHtml));

        var comments = (await db.Comments.AsNoTracking()
            .Select(c => new
            {
                Owner = c.Article != null ? "story:" + c.Article.Slug : "page:" + c.Page!.Slug,
                c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.Status, c.CreatedAt, c.DeletedAt, c.Depth, c.BodyMarkdown, c.BodyHtml,
                Parent = c.Parent == null ? null : new { c.Parent.AuthorName, c.Parent.CreatedAt, c.Parent.BodyMarkdown },
            })
            .ToListAsync())
            .Select(c => string.Join(" | ", c.Owner, c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.Status, S(c.CreatedAt), S(c.DeletedAt), c.Depth, c.BodyMarkdown, c.BodyHtml,
                c.Parent is null ? "top" : $"reply to {c.Parent.AuthorName} {S(c.Parent.CreatedAt)} {c.Parent.BodyMarkdown}"));

        var authors = (await db.Authors.AsNoTracking().ToListAsync()).Select(a => string.Join(" | ", a.Slug, a.DisplayName, a.Bio));
        var sections = (await db.Categories.AsNoTracking().ToListAsync()).Select(c => string.Join(" | ", c.Slug, c.Name, c.Description, c.SortOrder));
        var tags = (await db.Tags.AsNoTracking().ToListAsync()).Select(t => string.Join(" | ", t.Slug, t.Name));

        return new SiteSnapshot(Sorted(stories), Sorted(pages), Sorted(comments), Sorted(authors), Sorted(sections), Sorted(tags));
    });

    private static string S(DateTime? time) => time?.ToString("yyyy-MM-ddTHH:mm:ss") ?? "-";

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}
