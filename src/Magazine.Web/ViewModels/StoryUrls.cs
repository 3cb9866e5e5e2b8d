using System.Globalization;
using Magazine.Web.Hosting;

namespace Magazine.Web.ViewModels;

/// <summary>
/// The site's address scheme in one place; routes in the controllers match these. Each
/// address is in the current request's edition unless another is named.
/// </summary>
public static class StoryUrls
{
    public static string Home(Edition? edition = null) => In(edition, "/");
    public static string Latest(Edition? edition = null) => In(edition, "/latest");
    public static string About(Edition? edition = null) => In(edition, "/about");
    public static string Contact(Edition? edition = null) => In(edition, "/contact");

    public static string Article(DateTime publishedAt, string slug, Edition? edition = null) =>
        In(edition, string.Create(CultureInfo.InvariantCulture, $"/{publishedAt:yyyy}/{publishedAt:MM}/{Uri.EscapeDataString(slug)}"));

    /// <summary>The stories of one month, at the address Blogger and WordPress gave their monthly archives.</summary>
    public static string Month(int year, int month, Edition? edition = null) =>
        In(edition, string.Create(CultureInfo.InvariantCulture, $"/{year:D4}/{month:D2}"));

    public static string Section(string slug, Edition? edition = null) => In(edition, "/section/" + Uri.EscapeDataString(slug));
    public static string Tag(string slug, Edition? edition = null) => In(edition, "/tag/" + Uri.EscapeDataString(slug));
    public static string Author(string slug, Edition? edition = null) => In(edition, "/author/" + Uri.EscapeDataString(slug));
    public static string Page(string slug, Edition? edition = null) => In(edition, "/p/" + Uri.EscapeDataString(slug));

    public static string Search(string? query = null, Edition? edition = null) =>
        In(edition, string.IsNullOrEmpty(query) ? "/search" : "/search?q=" + Uri.EscapeDataString(query));

    public static string Feed(Edition? edition = null) => In(edition, "/feed");
    public static string SectionFeed(string slug, Edition? edition = null) => Section(slug, edition) + "/feed";
    public static string Corrections(Edition? edition = null) => In(edition, "/corrections");
    public static string CorrectionsFeed(Edition? edition = null) => In(edition, "/corrections/feed");
    public static string MostRead(Edition? edition = null) => In(edition, "/most-read");
    public static string CommentCounts(Edition? edition = null) => In(edition, "/comment-counts");
    public static string LiveUpdates(int storyId, Edition? edition = null) => In(edition, $"/live/{storyId}");

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}{(path.Contains('?') ? '&' : '?')}page={page}");

    private static string In(Edition? edition, string path) => (edition ?? Edition.Current).Url(path);
}
