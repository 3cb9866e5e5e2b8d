using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Magazine.Web.Syndication;
using Magazine.Web.ViewModels;
using Magazine.Web.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Queries;

/// <summary>The site's feed and each section's: the newest published stories with their full text, in the current edition.</summary>
public sealed class FeedQueries(
    MagazineDbContext db, SiteIdentityProvider site, TimeProvider clock, ReaderPageTags pageTags, IOptions<MagazineOptions> options)
{
    public const int Entries = 20;
    private const int SummaryLength = 300;

    public async Task<FeedModel> SiteFeedAsync(string origin, CancellationToken cancellationToken)
    {
        pageTags.Add(ReaderTags.Feeds);
        var identity = await site.GetAsync(cancellationToken);
        return await BuildAsync(db.Articles, identity.NameIn(), identity.TaglineIn(), origin, StoryUrls.Home(), StoryUrls.Feed(), cancellationToken);
    }

    public async Task<FeedModel?> SectionFeedAsync(string slug, string origin, CancellationToken cancellationToken)
    {
        pageTags.Add(ReaderTags.Feeds);
        var section = await db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name, c.ArabicName, c.Description, c.ArabicDescription }).FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return null;
        }
        var identity = await site.GetAsync(cancellationToken);
        var edition = Edition.Current;
        return await BuildAsync(
            db.Articles.Where(a => a.CategoryId == section.Id),
            $"{BidiText.Isolated(edition.Pick(section.Name, section.ArabicName))} | {identity.NameIn()}",
            edition.Pick(section.Description ?? "", section.ArabicDescription),
            origin, StoryUrls.Section(slug), StoryUrls.SectionFeed(slug), cancellationToken);
    }

    private async Task<FeedModel> BuildAsync(
        IQueryable<Core.Entities.Article> stories, string title, string? subtitle, string origin, string pagePath, string feedPath,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var edition = Edition.Current;
        // The edition's own stories (and, where the newsroom shows them, its untranslated others, each with its xml:lang).
        var rows = await stories.AsNoTracking().InEdition(db.Articles, now, options.Value.Editions).Published(now).NewestFirst()
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Slug,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                AuthorName = a.Author.DisplayName,
                AuthorSlug = a.Author.Slug,
                a.Dek,
                Excerpt = a.BodyText.Substring(0, SummaryLength + 50),
                a.BodyHtml,
                a.Language,
                SectionName = a.Category != null ? a.Category.Name : null,
                SectionArabicName = a.Category != null ? a.Category.ArabicName : null,
                a.HeroImageUrl,
            })
            .Take(Entries)
            .ToListAsync(cancellationToken);
        var host = new Uri(origin).Host;
        var entries = rows.Select(r => new FeedEntry(
                $"tag:{host},{r.PublishedAt:yyyy-MM-dd}:story/{r.Id}",
                BidiText.Closed(r.Title),
                origin + StoryUrls.Article(r.PublishedAt, r.Slug, Edition.ForLanguage(r.Language)),
                r.PublishedAt,
                r.UpdatedAt > r.PublishedAt ? r.UpdatedAt : r.PublishedAt,
                BidiText.Closed(r.AuthorName),
                origin + StoryUrls.Author(r.AuthorSlug),
                BidiText.Closed(r.Dek ?? HtmlText.Excerpt(r.Excerpt, SummaryLength)),
                AbsoluteLinks(Media.FeedBodyImages.Plain(r.BodyHtml), origin),
                r.Language,
                r.SectionName is null ? null : edition.Pick(r.SectionName, r.SectionArabicName),
                r.HeroImageUrl is null ? null : StructuredData.Absolute(origin, FeedImage(r.HeroImageUrl))))
            .ToList();
        var updated = entries.Count == 0 ? now : entries.Max(e => e.UpdatedAt);
        return new FeedModel(title, string.IsNullOrWhiteSpace(subtitle) ? null : subtitle, edition.Language,
            origin + pagePath, origin + feedPath, origin + feedPath, updated, entries);
    }

    private static string FeedImage(string url) => Media.ResponsiveImage.Parse(url)?.UrlAtMost(Media.FeedBodyImages.Width) ?? url;

    /// <summary>Feed readers show a story away from the site, where a root-relative address (an uploaded image) leads nowhere.</summary>
    private static string AbsoluteLinks(string html, string origin) =>
        html.Replace("src=\"/", $"src=\"{origin}/", StringComparison.Ordinal)
            .Replace("href=\"/", $"href=\"{origin}/", StringComparison.Ordinal)
            .Replace($"src=\"{origin}//", "src=\"//", StringComparison.Ordinal)
            .Replace($"href=\"{origin}//", "href=\"//", StringComparison.Ordinal);
}
