using Magazine.Core.Search;

namespace Magazine.Web.ViewModels;

/// <summary>The search page: the query as typed, and a page of results unless there was nothing to look for.</summary>
public sealed record SearchViewModel(string Query, bool HasWords, SearchResults? Results);

/// <summary>
/// One page of results, best first. Results are ranked, not dated, so their pages are
/// numbered (a story list's date cursor does not apply).
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchResult> Items, string BasePath, int Page, bool HasNext, SearchCount Count)
{
    public bool HasPrevious => Page > 1;
    public string? PreviousUrl => HasPrevious ? StoryUrls.WithPage(BasePath, Page - 1) : null;
    public string? NextUrl => HasNext ? StoryUrls.WithPage(BasePath, Page + 1) : null;
    public string CanonicalUrl => StoryUrls.WithPage(BasePath, Page);
}

/// <summary>A found story with its headline and a passage of its text, the searched words marked.</summary>
public sealed record SearchResult(StoryCard Story, IReadOnlyList<SnippetPart> Headline, IReadOnlyList<SnippetPart> Snippet);

/// <summary>How many stories matched, how many of them in the edition's language, and whether the count stopped short (a very common word).</summary>
public sealed record SearchCount(int Total, int InEdition, bool AtLeast);
