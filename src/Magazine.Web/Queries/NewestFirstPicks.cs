using Magazine.Web.ViewModels;

namespace Magazine.Web.Queries;

/// <summary>
/// Picks lists out of one batch of cards. A page's lists (the latest, each section's newest,
/// the related stories) are each the first n of an ordered query; the batch holds the ids
/// of every such first n, read in one statement, so the first n of the batch's matching
/// cards is exactly the list that query would have given.
/// </summary>
public static class NewestFirstPicks
{
    public static IEnumerable<CardWith<T>> NewestFirst<T>(this IEnumerable<CardWith<T>> rows) =>
        rows.OrderByDescending(r => r.Card.PublishedAt).ThenByDescending(r => r.Card.Id);

    /// <summary>Whether <paramref name="card"/> comes after the story at (<paramref name="at"/>, <paramref name="id"/>) in publication order.</summary>
    public static bool IsNewerThan(this StoryCard card, DateTime at, int id) =>
        card.PublishedAt > at || (card.PublishedAt == at && card.Id > id);

    public static bool IsOlderThan(this StoryCard card, DateTime at, int id) =>
        card.PublishedAt < at || (card.PublishedAt == at && card.Id < id);
}
