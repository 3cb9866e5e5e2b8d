using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>
/// The newsroom's addresses in the current request's edition, so that a screen opened under
/// /ar/admin links, posts and redirects within the Arabic edition; routes in the admin
/// controllers match these paths.
/// </summary>
public static class NewsroomUrls
{
    /// <summary>"/stories/new" → "/admin/stories/new" or "/ar/admin/stories/new".</summary>
    public static string To(string path = "") => Edition.Current.Url("/admin" + path);

    public static string Story(int id) => To($"/stories/{id}");

    public static string Comments(string status, int page = 1) =>
        StoryUrls.WithPage(To("/comments?status=" + Uri.EscapeDataString(status)), page);
}
