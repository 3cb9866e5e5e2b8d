using Magazine.Core.Data;
using Magazine.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Comments;

/// <summary>
/// The comment counts of the cards on a page, fetched by the page's script. Counts change
/// with every comment; kept out of the cards, a comment evicts only its own story's page
/// and these small answers, and the home page and lists around the story stay cached.
/// </summary>
public sealed class CommentCountQuery(MagazineDbContext db, TimeProvider clock, ReaderPageTags pageTags)
{
    /// <summary>More cards than any reader page shows.</summary>
    public const int MostStories = 100;

    /// <returns>The published stories among <paramref name="ids"/> that have comments, with their counts.</returns>
    public async Task<IReadOnlyDictionary<int, int>> ForAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A story published or withdrawn changes the answer as much as a comment does.
        pageTags.Stories(ids);
        foreach (var id in ids)
        {
            pageTags.Add(ReaderTags.Discussion(id));
        }
        return await db.Articles.AsNoTracking().Published(now)
            .Where(a => ids.Contains(a.Id) && a.CommentCount > 0)
            .Select(a => new { a.Id, a.CommentCount })
            .ToDictionaryAsync(a => a.Id, a => a.CommentCount, cancellationToken);
    }

    /// <summary>Reads "3,17,42": positive ids, at most <see cref="MostStories"/> of them.</summary>
    public static bool TryParseIds(string? text, out IReadOnlyCollection<int> ids)
    {
        var parsed = new SortedSet<int>();
        ids = parsed;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0 || (parsed.Add(id) && parsed.Count > MostStories))
            {
                return false;
            }
        }
        return true;
    }
}
