using System.Linq.Expressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Magazine.Web.Queries;

/// <summary>
/// The home page's one statement, compiled, for an edition that lists only its own language
/// (the default). Composed at every call, one sub-query per section, EF Core's extraction
/// of its parameters alone was 29 % of what an uncached home page allocated. A compiled
/// query has a fixed shape, so it has <see cref="SectionSlots"/> places for sections; the
/// unused ones ask for a section id no story has, which SQLite's index answers at once. A
/// site with more sections on its home page gets the composed statement.
/// As in <see cref="StoryPageStatements"/>, the visibility rule is restated here.
/// </summary>
internal static class HomeStatement
{
    public const int LatestOnHome = 10;
    public const int StoriesPerSection = 4;
    public const int SectionSlots = 8;
    public const int NoSection = -1;

    public static readonly Expression<Func<Article, CardWith<HomeRow>>> Row = StoryProjections.With(a => new HomeRow(a.IsFeatured, a.CategoryId));

    public static readonly CompiledPerModel<Func<MagazineDbContext, string, DateTime, int, int, int, int, int, int, int, int, IAsyncEnumerable<CardWith<HomeRow>>>> Shown = new(Compile);

    // The newest featured story and the newest overall (enough for the latest list once the lead is left out).
    private static readonly Expression<Func<MagazineDbContext, string, DateTime, IQueryable<int>>> Leads = (db, language, now) =>
        db.Articles
            .Where(a => a.IsFeatured && a.Language == language && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(1)
            .Concat(db.Articles
                .Where(a => a.Language == language && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(LatestOnHome + 2));

    private static readonly Expression<Func<MagazineDbContext, string, DateTime, int, IQueryable<int>>> SectionNewest = (db, language, now, section) =>
        db.Articles
            .Where(a => a.CategoryId == section && a.Language == language && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(StoriesPerSection);

    // Looked up by key: the ids already passed the visibility rule (see ArticlePageQuery).
    private static readonly Expression<Func<MagazineDbContext, IQueryable<int>, IQueryable<CardWith<HomeRow>>>> Stories = (db, ids) =>
        db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(Row);

    /// <summary>The section ids in their slots, the unused ones given <see cref="NoSection"/>.</summary>
    public static int[] Slots(IReadOnlyList<int> sectionIds) =>
        Enumerable.Range(0, SectionSlots).Select(i => i < sectionIds.Count ? sectionIds[i] : NoSection).ToArray();

    /// <summary>The statement's tree is put together from the parts above, one section part per slot.</summary>
    private static Func<MagazineDbContext, string, DateTime, int, int, int, int, int, int, int, int, IAsyncEnumerable<CardWith<HomeRow>>> Compile()
    {
        var db = Expression.Parameter(typeof(MagazineDbContext), "db");
        var language = Expression.Parameter(typeof(string), "language");
        var now = Expression.Parameter(typeof(DateTime), "now");
        var sections = Enumerable.Range(1, SectionSlots).Select(i => Expression.Parameter(typeof(int), $"section{i}")).ToArray();

        var ids = Inline(Leads, db, language, now);
        foreach (var section in sections)
        {
            ids = Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(int)], ids, Inline(SectionNewest, db, language, now, section));
        }
        var statement = Expression.Lambda<Func<MagazineDbContext, string, DateTime, int, int, int, int, int, int, int, int, IQueryable<CardWith<HomeRow>>>>(
            Inline(Stories, db, ids), [db, language, now, .. sections]);
        return EF.CompileAsyncQuery(statement);
    }

    private static Expression Inline(LambdaExpression part, params Expression[] arguments) =>
        new ReplacingExpressionVisitor(part.Parameters, arguments).Visit(part.Body);
}

internal sealed record HomeRow(bool IsFeatured, int? CategoryId);
