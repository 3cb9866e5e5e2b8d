using Magazine.Core.Search;

namespace Magazine.Web.ViewModels;

/// <summary>The search page: the query as typed, and a page of results unless there was nothing to look for.</summary>
public sealed record SearchViewModel(string Query, bool HasWords, PagedList<SearchResult>? Results);

/// <summary>A found story with its headline and a passage of its text, the searched words marked.</summary>
public sealed record SearchResult(StoryCard Story, IReadOnlyList<SnippetPart> Headline, IReadOnlyList<SnippetPart> Snippet);
