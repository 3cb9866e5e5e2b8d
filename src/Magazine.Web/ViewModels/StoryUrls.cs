using System.Globalization;

namespace Magazine.Web.ViewModels;

/// <summary>The site's address scheme in one place; routes in the controllers match these.</summary>
public static class StoryUrls
{
    public static string Article(DateTime publishedAt, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"/{publishedAt:yyyy}/{publishedAt:MM}/{Uri.EscapeDataString(slug)}");

    public static string Section(string slug) => "/section/" + Uri.EscapeDataString(slug);
    public static string Tag(string slug) => "/tag/" + Uri.EscapeDataString(slug);
    public static string Author(string slug) => "/author/" + Uri.EscapeDataString(slug);
    public static string Page(string slug) => "/p/" + Uri.EscapeDataString(slug);

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}");
}
