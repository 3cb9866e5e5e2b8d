namespace Magazine.Web.Caching;

/// <summary>
/// The tags a cached reader page carries, one for each thing whose change would change it.
/// Tags are the same in both editions: they show the same stories.
/// </summary>
public static class ReaderTags
{
    /// <summary>On every reader page: settings, sections, navigation and identity evict it.</summary>
    public const string All = "reader";

    /// <summary>The home page and the archive (<c>/latest</c>): every published story enters them.</summary>
    public const string Home = "home";

    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";
    public const string Search = "search";

    /// <summary>The corrections page and its feed, in both editions.</summary>
    public const string Corrections = "corrections";

    /// <summary>Any page showing the story: its own page, its card in a list, a link to it as a neighbour.</summary>
    public static string Story(int id) => $"story:{id}";

    /// <summary>
    /// What shows the story's comments or their count: its own page and the counts that pages
    /// with its card fetch. A comment evicts these alone, so the lists around a story that
    /// is being discussed stay cached.
    /// </summary>
    public static string Discussion(int id) => $"discussion:{id}";

    /// <summary>The section's list and feed, the home page's block of it, and the related stories under its stories.</summary>
    public static string Section(int id) => $"section:{id}";

    /// <summary>A story's page links to its published translation: any change to a story of the group, publishing a draft among them, evicts it.</summary>
    public static string Translations(int groupId) => $"translations:{groupId}";

    public static string Tag(int id) => $"tag:{id}";

    public static string Author(int id) => $"author:{id}";
}
