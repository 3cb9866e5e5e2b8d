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
}
