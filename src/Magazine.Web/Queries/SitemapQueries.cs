using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Magazine.Web.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Queries;

/// <summary>
/// What the sitemaps list: the home page, sections, authors and tags with published
/// stories, and every published story, each with its last change. Entries are listed
/// once per edition, so a file holds at most half the URL limit in entries.
/// </summary>
public sealed class SitemapQueries(MagazineDbContext db, TimeProvider clock, IOptions<MagazineOptions> options, Caching.ReaderPageTags pageTags)
{
    public static readonly string[] Kinds = ["sections", "authors", "tags", "stories"];

    /// <summary>The sitemap protocol's limit of URLs per file (50,000), or a smaller configured one.</summary>
    public int UrlsPerFile => Math.Clamp(options.Value.SitemapUrlsPerFile, Edition.All.Count, 50_000);

    public int EntriesPerFile => UrlsPerFile / Edition.All.Count;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private IQueryable<Article> Published => db.Articles.AsNoTracking().Published(Now);

    private async Task<int> CountAsync(string kind, CancellationToken cancellationToken) => kind switch
    {
        "sections" => 1 + await db.Categories.CountAsync(cancellationToken),
        "authors" => await db.Authors.CountAsync(a => Published.Any(s => s.AuthorId == a.Id), cancellationToken),
        "tags" => await db.Tags.CountAsync(t => db.ArticleTags.Any(x => x.TagId == t.Id && Published.Any(s => s.Id == x.ArticleId)), cancellationToken),
        "stories" => await Published.CountAsync(cancellationToken),
        _ => 0,
    };

    /// <summary>One file's entries (number from 1), or null when there is no such file.</summary>
    public async Task<IReadOnlyList<SitemapEntry>?> FileAsync(string kind, int number, CancellationToken cancellationToken)
    {
        pageTags.Add(Caching.ReaderTags.Sitemaps);
        if (!Kinds.Contains(kind) || number < 1 || number > 1_000_000)
        {
            return null;
        }
        var take = EntriesPerFile;
        var skip = (number - 1) * take;
        var entries = kind switch
        {
            "sections" => await SectionsAsync(skip, take, cancellationToken),
            "authors" => await AuthorsAsync(skip, take, cancellationToken),
            "tags" => await TagsAsync(skip, take, cancellationToken),
            _ => await StoriesAsync(skip, take, cancellationToken),
        };
        return entries.Count == 0 && number > 1 ? null : entries;
    }

    /// <summary>Every file a sitemap index would list (each dated by the newest story change), and how many entries they hold in all.</summary>
    public async Task<(IReadOnlyList<SitemapFile> Files, int Entries)> IndexAsync(CancellationToken cancellationToken)
    {
        pageTags.Add(Caching.ReaderTags.Sitemaps);
        var lastStory = await Published.MaxAsync(a => (DateTime?)a.UpdatedAt, cancellationToken);
        var files = new List<SitemapFile>();
        var entries = 0;
        foreach (var kind in Kinds)
        {
            var count = await CountAsync(kind, cancellationToken);
            entries += count;
            var fileCount = Math.Max(kind == "sections" ? 1 : 0, (count + EntriesPerFile - 1) / EntriesPerFile);
            files.AddRange(Enumerable.Range(1, fileCount).Select(n => new SitemapFile(kind, n, lastStory)));
        }
        return (files, entries);
    }

    /// <summary>The current edition's news sitemap: its own stories (and the untranslated others, where the newsroom shows them).</summary>
    public async Task<IReadOnlyList<NewsSitemapEntry>> NewsAsync(string origin, CancellationToken cancellationToken)
    {
        // The news sitemap protocol: stories of the last two days, at most 1,000.
        pageTags.Add(Caching.ReaderTags.Sitemaps);
        var since = Now.AddDays(-2);
        var rows = await Published.InEdition(db.Articles, Now, options.Value.Editions).Where(a => a.PublishedAt >= since).NewestFirst()
            .Select(a => new { a.Title, a.Slug, a.Language, PublishedAt = a.PublishedAt!.Value })
            .Take(1000)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NewsSitemapEntry(
                origin + StoryUrls.Article(r.PublishedAt, r.Slug, Edition.ForLanguage(r.Language)),
                r.Title, r.Language, r.PublishedAt))
            .ToList();
    }

    private async Task<List<SitemapEntry>> SectionsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var latest = await Published.MaxAsync(a => (DateTime?)a.PublishedAt, cancellationToken);
        var sections = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Slug, Last = Published.Where(a => a.CategoryId == c.Id).Max(a => (DateTime?)a.PublishedAt) })
            .ToListAsync(cancellationToken);
        return new[] { new SitemapEntry("/", latest) }
            .Concat(sections.Select(s => new SitemapEntry(StoryUrls.Section(s.Slug, Edition.English), s.Last)))
            .Skip(skip).Take(take).ToList();
    }

    private async Task<List<SitemapEntry>> AuthorsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        // Per author, the newest story is one seek in the (AuthorId, Status, PublishedAt) index.
        var rows = await db.Authors.AsNoTracking()
            .Select(a => new { a.Slug, Last = Published.Where(s => s.AuthorId == a.Id).Max(s => s.PublishedAt) })
            .Where(x => x.Last != null)
            .OrderBy(x => x.Slug).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SitemapEntry(StoryUrls.Author(r.Slug, Edition.English), r.Last)).ToList();
    }

    private async Task<List<SitemapEntry>> TagsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Tags.AsNoTracking()
            .Select(t => new
            {
                t.Slug,
                Last = db.ArticleTags.Where(x => x.TagId == t.Id)
                    .Join(Published, x => x.ArticleId, s => s.Id, (x, s) => s.PublishedAt).Max(),
            })
            .Where(x => x.Last != null)
            .OrderBy(x => x.Slug).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SitemapEntry(StoryUrls.Tag(r.Slug, Edition.English), r.Last)).ToList();
    }

    /// <summary>Each story once, at its address in its own language's edition, with its published translation as the alternate.</summary>
    private async Task<List<SitemapEntry>> StoriesAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var published = Published;
        var rows = await Published.NewestFirst()
            .Select(a => new
            {
                a.Slug,
                a.Language,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                TranslationSlug = published.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.Slug).FirstOrDefault(),
                TranslationPublishedAt = published.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.PublishedAt).FirstOrDefault(),
                TranslationLanguage = published.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.Language).FirstOrDefault(),
            })
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
            {
                var own = Edition.ForLanguage(r.Language);
                var url = StoryUrls.Article(r.PublishedAt, r.Slug, own);
                var versions = new List<EditionAlternate>();
                if (r is { TranslationSlug: { } slug, TranslationPublishedAt: { } at, TranslationLanguage: { } language })
                {
                    var other = Edition.ForLanguage(language);
                    var translationUrl = StoryUrls.Article(at, slug, other);
                    versions.Add(new(own.Language, url));
                    versions.Add(new(other.Language, translationUrl));
                    versions.Add(new("x-default", own == Edition.English ? url : translationUrl));
                }
                return new SitemapEntry(url, r.UpdatedAt > r.PublishedAt ? r.UpdatedAt : r.PublishedAt, versions);
            })
            .ToList();
    }
}
