using Magazine.Core.Data;
using Magazine.Core.Search;
using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

public sealed class SearchQueries(MagazineDbContext db, ISearchIndex index, SiteIdentityProvider site, TimeProvider clock, ReaderPageTags pageTags)
{
    /// <summary>Nobody reads this deep into results; past it a page is not found rather than computed.</summary>
    public const int MaxPage = 1_000;

    /// <summary>The search page, or null for a page number past the results.</summary>
    public async Task<SearchViewModel?> SearchAsync(string? query, int page, CancellationToken cancellationToken)
    {
        pageTags.Add(ReaderTags.Search);
        var terms = SearchTerms.Parse(query);
        if (terms.IsEmpty)
        {
            return new SearchViewModel(terms.Text, false, null);
        }
        if (page is < 1 or > MaxPage)
        {
            return null;
        }
        await db.OpenForPageAsync(cancellationToken);
        var pageSize = (await site.GetAsync(cancellationToken)).PageSize;
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await index.SearchAsync(terms, Edition.Current.Language, now, (page - 1) * pageSize, pageSize, cancellationToken);
        if (found.Ids.Count == 0 && page > 1)
        {
            return null;
        }
        var ids = found.Ids.ToList();
        // The index returns only visible stories; looked up by key (see ArticlePageQuery).
        var stories = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(StoryProjections.With(a => a.BodyText))
            .ToDictionaryAsync(c => c.Card.Id, cancellationToken);
        pageTags.Stories(stories.Keys);
        var results = ids.Where(stories.ContainsKey)
            .Select(id => stories[id])
            .Select(story => new SearchResult(
                story.Card,
                SearchSnippet.Highlight(story.Card.Title, terms),
                SearchSnippet.Build(string.IsNullOrEmpty(story.More) ? story.Card.Dek ?? "" : story.More, terms)))
            .ToList();
        return new SearchViewModel(terms.Text, true,
            new SearchResults(results, StoryUrls.Search(terms.Text), page, found.HasMore,
                new SearchCount(found.Count, found.CountInLanguage, found.CountIsAtLeast)));
    }
}
