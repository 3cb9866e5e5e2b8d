using System.Globalization;

namespace Magazine.Web.ViewModels;

/// <summary>
/// One page of a list, and the links around it: the one paging type every list uses.
/// Links carry a cursor to the neighbouring page, so following them is always a seek.
/// </summary>
public sealed record Paging(string BasePath, int Page, StoryCursor? Newest, StoryCursor? Oldest, bool HasPrevious, bool HasNext, string CanonicalUrl)
{
    public string? PreviousUrl => !HasPrevious ? null
        : Page <= 2 || Newest is null ? BasePath
        : Link(Page - 1, "after", Newest.Value);

    public string? NextUrl => HasNext && Oldest is { } oldest ? Link(Page + 1, "before", oldest) : null;

    private string Link(int page, string direction, StoryCursor cursor) =>
        string.Create(CultureInfo.InvariantCulture, $"{BasePath}?page={page}&{direction}={cursor}");
}

/// <summary>A list's items with its paging.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, Paging Paging);
