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
    /// Visible stories older than the one at (<paramref name="at"/>, <paramref name="id"/>)
    /// in newest-first order. The visibility bound and the position are folded into one
    /// upper bound on PublishedAt: given two, SQLite picks one for the index range and
    /// filters the rest, which for a position deep in the list means walking to it.
    /// </summary>
    public static IQueryable<Article> PublishedOlderThan(this IQueryable<Article> articles, DateTime nowUtc, DateTime at, int id) =>
        articles.Published(at < nowUtc ? at : nowUtc).Where(a => a.PublishedAt < at || a.Id < id);

    /// <summary>Visible stories newer than the one at (<paramref name="at"/>, <paramref name="id"/>): the range between it and now.</summary>
    public static IQueryable<Article> PublishedNewerThan(this IQueryable<Article> articles, DateTime nowUtc, DateTime at, int id) =>
        articles.Published(nowUtc).Where(a => a.PublishedAt >= at && (a.PublishedAt > at || a.Id > id));
}
