using Magazine.Web.ViewModels;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>
/// One page of a newsroom list (stories by last save, media, tags), numbered rather than
/// cursored: these lists are the newsroom's own and stay short next to the reader archive.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string BasePath, int Page, bool HasNext)
{
    public const int MaxPage = 10_000;

    public string? PreviousUrl => Page > 1 ? StoryUrls.WithPage(BasePath, Page - 1) : null;
    public string? NextUrl => HasNext ? StoryUrls.WithPage(BasePath, Page + 1) : null;

    /// <summary>A page from rows read with one extra (pageSize + 1) to know whether another page follows.</summary>
    public static ListPage<T> From(List<T> rows, int pageSize, string basePath, int page) =>
        new(rows.Take(pageSize).ToList(), basePath, page, rows.Count > pageSize);
}
