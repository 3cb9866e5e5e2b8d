using Magazine.Core.Entities;

namespace Magazine.Core.Data;

public static class ArticleQueries
{
    /// <summary>
    /// The one visibility rule for readers: published and with its publish time passed.
    /// Scheduling needs no job because every reader query goes through this predicate.
    /// </summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= nowUtc);

    /// <summary>Newest first, with Id as the tie-breaker so pages are stable.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>
    /// Stories older than the one at (<paramref name="at"/>, <paramref name="id"/>) in
    /// newest-first order. The first condition alone bounds an index range; written only as
    /// an OR of the two cases, SQLite would scan the whole list.
    /// </summary>
    public static IQueryable<Article> OlderThan(this IQueryable<Article> articles, DateTime at, int id) =>
        articles.Where(a => a.PublishedAt <= at && (a.PublishedAt < at || a.Id < id));

    /// <summary>Stories newer than the one at (<paramref name="at"/>, <paramref name="id"/>); see <see cref="OlderThan"/>.</summary>
    public static IQueryable<Article> NewerThan(this IQueryable<Article> articles, DateTime at, int id) =>
        articles.Where(a => a.PublishedAt >= at && (a.PublishedAt > at || a.Id > id));
}
