namespace Magazine.Web.ViewModels;

/// <summary>One page of a list, and the links around it. The one paging type every list uses.</summary>
public sealed record Paging(string BasePath, int Page, bool HasNext)
{
    public bool HasPrevious => Page > 1;
    public string? PreviousUrl => HasPrevious ? StoryUrls.WithPage(BasePath, Page - 1) : null;
    public string? NextUrl => HasNext ? StoryUrls.WithPage(BasePath, Page + 1) : null;
    public string CanonicalUrl => StoryUrls.WithPage(BasePath, Page);
}

/// <summary>A list's items with its paging.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, Paging Paging);
