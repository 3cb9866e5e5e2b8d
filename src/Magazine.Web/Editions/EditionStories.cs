using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;

namespace Magazine.Web.Editions;

/// <summary>Which stories an edition lists: its language's, and with <see cref="UntranslatedStories.Show"/> also those with no translation into it.</summary>
public static class EditionStories
{
    /// <param name="all">Every story, to look for a published translation in the edition's language.</param>
    public static IQueryable<Article> InEdition(
        this IQueryable<Article> stories, IQueryable<Article> all, DateTime nowUtc, EditionOptions options, Edition? edition = null)
    {
        var language = (edition ?? Edition.Current).Language;
        if (options.Untranslated == UntranslatedStories.Hide)
        {
            return stories.Where(a => a.Language == language);
        }
        var translated = all.Published(nowUtc).Where(t => t.Language == language);
        return stories.Where(a => a.Language == language
            || a.TranslationGroupId == null
            || !translated.Any(t => t.TranslationGroupId == a.TranslationGroupId));
    }
}
