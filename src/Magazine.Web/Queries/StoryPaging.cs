using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

public static class StoryPaging
{
    /// <summary>Beyond this a page number is treated as not found rather than computed.</summary>
    public const int MaxPage = 100_000;

    /// <summary>
    /// One page of the visible stories in <paramref name="scope"/> (a section, a tag, an
    /// author...), newest first, or null when the page does not exist.
    /// With a cursor (every pager link has one) the page is a seek in the list's index and
    /// costs the same at any depth. A bare page number (typed, or an old link) falls back
    /// to skipping: ids only, from the covering index, then only those rows are projected.
    /// One extra row tells whether a further page exists, without counting the list.
    /// </summary>
    public static async Task<PagedList<StoryCard>?> ToPageAsync(
        this IQueryable<Article> scope, DateTime nowUtc, string basePath, PageRequest request, int pageSize, CancellationToken cancellationToken)
    {
        if (request.Page is < 1 or > MaxPage)
        {
            return null;
        }
        List<StoryCard> cards;
        bool hasPrevious, hasNext;
        if (request.Before is { } before)
        {
            cards = await scope.PublishedOlderThan(nowUtc, before.PublishedAt, before.Id)
                .NewestFirst().Select(StoryProjections.Card).Take(pageSize + 1).ToListAsync(cancellationToken);
            (hasPrevious, hasNext) = (true, TrimExtra(cards, pageSize));
        }
        else if (request.After is { } after)
        {
            cards = await scope.PublishedNewerThan(nowUtc, after.PublishedAt, after.Id)
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(StoryProjections.Card).Take(pageSize + 1).ToListAsync(cancellationToken);
            hasPrevious = TrimExtra(cards, pageSize);
            cards.Reverse();
            hasNext = true;
        }
        else if (request.Page == 1)
        {
            cards = await scope.Published(nowUtc).NewestFirst().Select(StoryProjections.Card).Take(pageSize + 1).ToListAsync(cancellationToken);
            (hasPrevious, hasNext) = (false, TrimExtra(cards, pageSize));
        }
        else
        {
            var stories = scope.Published(nowUtc);
            var ids = await stories.NewestFirst().Select(a => a.Id)
                .Skip((request.Page - 1) * pageSize).Take(pageSize + 1).ToListAsync(cancellationToken);
            hasNext = ids.Count > pageSize;
            ids = ids.Take(pageSize).ToList();
            cards = await stories.Where(a => ids.Contains(a.Id)).NewestFirst().Select(StoryProjections.Card).ToListAsync(cancellationToken);
            hasPrevious = request.Page > 1;
        }
        if (cards.Count == 0 && (request.Page > 1 || request.Before is not null || request.After is not null))
        {
            return null;
        }
        var page = hasPrevious ? Math.Max(request.Page, 2) : 1;
        var paging = new Paging(basePath, page, Cursor(cards.FirstOrDefault()), Cursor(cards.LastOrDefault()), hasPrevious, hasNext, CanonicalUrl(basePath, request));
        return new PagedList<StoryCard>(cards, paging);
    }

    /// <summary>Drops the look-ahead row; true when there was one.</summary>
    private static bool TrimExtra(List<StoryCard> cards, int pageSize)
    {
        if (cards.Count <= pageSize)
        {
            return false;
        }
        cards.RemoveAt(cards.Count - 1);
        return true;
    }

    private static string CanonicalUrl(string basePath, PageRequest request) => request switch
    {
        { Before: { } before } => $"{basePath}?page={request.Page}&before={before}",
        { After: { } after } => $"{basePath}?page={request.Page}&after={after}",
        _ => StoryUrls.WithPage(basePath, request.Page),
    };

    private static StoryCursor? Cursor(StoryCard? card) => card is null ? null : new StoryCursor(card.PublishedAt, card.Id);
}
