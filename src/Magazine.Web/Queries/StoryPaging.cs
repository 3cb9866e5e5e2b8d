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
    /// One page of a story list, newest first, or null when the page does not exist.
    /// The page's ids come from the list's covering index alone (no joins while skipping),
    /// then only those rows are projected, so a deep page costs an index walk, not a
    /// join per skipped story. Reading one extra id tells whether a next page exists
    /// without counting the whole list.
    /// </summary>
    public static async Task<PagedList<StoryCard>?> ToPageAsync(
        this IQueryable<Article> stories, string basePath, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page is < 1 or > MaxPage)
        {
            return null;
        }
        var ids = await stories.NewestFirst()
            .Select(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0 && page > 1)
        {
            return null;
        }
        var hasNext = ids.Count > pageSize;
        if (hasNext)
        {
            ids.RemoveAt(ids.Count - 1);
        }
        var cards = await stories.Where(a => ids.Contains(a.Id))
            .NewestFirst()
            .Select(StoryProjections.Card)
            .ToListAsync(cancellationToken);
        return new PagedList<StoryCard>(cards, new Paging(basePath, page, hasNext));
    }
}
