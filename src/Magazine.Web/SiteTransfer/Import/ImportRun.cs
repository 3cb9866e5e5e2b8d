using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Source;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// The state of one import while the file streams past: which source ids are already in the
/// database (so a repeat updates or skips), which entities were added since the last save,
/// and the old addresses waiting for their targets' ids. Entities are saved in batches and
/// the change tracker is cleared after each, so memory holds ids, not content.
/// </summary>
internal sealed partial class ImportRun(
    MagazineDbContext db,
    StoryRenderer stories,
    CommentRenderer comments,
    IReadOnlyList<string> embedHosts,
    DateTime now,
    ImportOptions options,
    ImportReport report)
{
    private const int BatchSize = 250;
    private const int MaxPathLength = 1000;

    private readonly Keyed<Article> _articles = new();
    private readonly Keyed<Page> _pages = new();
    private readonly Keyed<AuthorProfile> _authors = new();
    private readonly Keyed<Category> _sections = new();
    private readonly Keyed<Tag> _tags = new();
    private readonly Keyed<Comment> _comments = new();

    /// <summary>Depth of every known comment, by source id, so a reply's depth needs no query.</summary>
    private readonly Dictionary<string, int> _commentDepths = new(StringComparer.Ordinal);

    private readonly HashSet<string> _articleSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pageSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _authorSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _redirectPaths = new(StringComparer.Ordinal);
    private readonly List<PendingRedirect> _pendingRedirects = [];

    /// <summary>Where each source term went: a section or a tag, by slug.</summary>
    private readonly Dictionary<(TermKind, string), TermTarget> _terms = [];

    /// <summary>Comments met before their post or parent; tried again at the end.</summary>
    private readonly List<SourceComment> _waiting = [];

    private int _sectionOrder;
    private int _unsaved;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Slug, a.ExternalId }).ToListAsync(cancellationToken))
        {
            _articleSlugs.Add(row.Slug);
            if (row.ExternalId is not null) _articles.Saved[row.ExternalId] = row.Id;
        }
        foreach (var row in await db.Pages.AsNoTracking().Select(p => new { p.Id, p.Slug, p.ExternalId }).ToListAsync(cancellationToken))
        {
            _pageSlugs.Add(row.Slug);
            if (row.ExternalId is not null)
            {
                _pages.Saved[row.ExternalId] = row.Id;
                if (EarlierWordPressKeys.Page(row.ExternalId) is { } current) _pages.Saved.TryAdd(current, row.Id);
            }
        }
        foreach (var row in await db.Authors.AsNoTracking().Select(a => new { a.Id, a.Slug, a.ExternalId }).ToListAsync(cancellationToken))
        {
            _authorSlugs.Add(row.Slug);
            if (row.ExternalId is not null) _authors.Saved[row.ExternalId] = row.Id;
        }
        var comments = await db.Comments.AsNoTracking().Where(c => c.ExternalId != null)
            .Select(c => new { c.Id, c.ExternalId, c.Depth, Story = c.Article!.ExternalId, Page = c.Page!.ExternalId })
            .ToListAsync(cancellationToken);
        foreach (var row in comments)
        {
            _comments.Saved[row.ExternalId!] = row.Id;
            _commentDepths[row.ExternalId!] = row.Depth;
            var owner = row.Story ?? (row.Page is null ? null : EarlierWordPressKeys.Page(row.Page) ?? row.Page);
            if (EarlierWordPressKeys.Comment(row.ExternalId!, owner) is { } current && _comments.Saved.TryAdd(current, row.Id))
            {
                _commentDepths[current] = row.Depth;
            }
        }
        foreach (var row in await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken))
        {
            _sections.Saved[row.Slug] = row.Id;
        }
        _sectionOrder = await db.Categories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        foreach (var row in await db.Tags.AsNoTracking().Select(t => new { t.Id, t.Slug }).ToListAsync(cancellationToken))
        {
            _tags.Saved[row.Slug] = row.Id;
        }
        _redirectPaths.UnionWith(await db.Redirects.AsNoTracking().Select(r => r.FromPath).ToListAsync(cancellationToken));
    }

    public async Task HandleAsync(SourceItem item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case SourceSite site:
                AddSite(site);
                break;
            case SourceAuthor author:
                AddAuthor(author);
                break;
            case SourceTerm term:
                AddTerm(term);
                break;
            case SourcePost { IsPage: false } post:
                await AddStoryAsync(post, cancellationToken);
                break;
            case SourcePost page:
                await AddPageAsync(page, cancellationToken);
                break;
            case SourceComment comment:
                if (!TryAddComment(comment, final: false))
                {
                    _waiting.Add(comment);
                }
                break;
            case SourceRedirect redirect when redirect.ToPath.StartsWith('/') && !redirect.ToPath.StartsWith("//", StringComparison.Ordinal):
                AddRedirects([redirect.FromPath], RedirectTarget.Fixed, redirect.ToPath);
                break;
            case SourceImage image:
                report.Image(image.Url);
                break;
            case SourceSkipped skipped:
                report.Skipped(skipped.Kind, skipped.Id, skipped.Reason);
                break;
        }
        if (_unsaved >= BatchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        // Comments that came before their post or parent: retry until nothing moves, then place what is left.
        for (var progress = true; _waiting.Count > 0 && progress;)
        {
            var before = _waiting.Count;
            _waiting.RemoveAll(c => TryAddComment(c, final: false));
            progress = _waiting.Count < before;
        }
        foreach (var comment in _waiting)
        {
            TryAddComment(comment, final: true);
        }
        _waiting.Clear();
        await FlushAsync(cancellationToken);

        // The count lists show without a query: approved comments that are not deleted.
        await db.Articles.Where(a => a.ExternalId != null).ExecuteUpdateAsync(s => s.SetProperty(
            a => a.CommentCount,
            a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved && c.DeletedAt == null)), cancellationToken);
    }

    /// <summary>Saves what was added, learns the new ids, writes the old addresses that waited for them, and forgets the entities.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        _articles.Commit(a => a.Id);
        _pages.Commit(p => p.Id);
        _authors.Commit(a => a.Id);
        _sections.Commit(c => c.Id);
        _tags.Commit(t => t.Id);
        _comments.Commit(c => c.Id);
        foreach (var pending in _pendingRedirects)
        {
            db.Redirects.Add(pending.ToRedirect(this, now));
        }
        _pendingRedirects.Clear();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        _unsaved = 0;
    }

    /// <summary>Source key to database id for what is saved, and to the entity for what is added but not yet saved.</summary>
    private sealed class Keyed<T> where T : class
    {
        public Dictionary<string, int> Saved { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, T> Added { get; } = new(StringComparer.Ordinal);

        public bool Contains(string key) => Saved.ContainsKey(key) || Added.ContainsKey(key);

        public void Commit(Func<T, int> id)
        {
            foreach (var (key, entity) in Added)
            {
                Saved[key] = id(entity);
            }
            Added.Clear();
        }
    }

    private sealed record TermTarget(bool IsSection, string Slug);

    private enum RedirectTarget
    {
        Article,
        Page,
        Section,
        Tag,
        Fixed,
    }

    /// <summary>An old address whose target may still be unsaved; it becomes a row at the next flush.</summary>
    private sealed record PendingRedirect(string FromPath, RedirectTarget Kind, string Key)
    {
        public Redirect ToRedirect(ImportRun run, DateTime now) => new()
        {
            FromPath = FromPath,
            ArticleId = Kind == RedirectTarget.Article ? run._articles.Saved[Key] : null,
            PageId = Kind == RedirectTarget.Page ? run._pages.Saved[Key] : null,
            CategoryId = Kind == RedirectTarget.Section ? run._sections.Saved[Key] : null,
            TagId = Kind == RedirectTarget.Tag ? run._tags.Saved[Key] : null,
            ToPath = Kind == RedirectTarget.Fixed ? Key : null,
            CreatedAt = now,
        };
    }

    private void AddRedirects(IEnumerable<string> paths, RedirectTarget kind, string key)
    {
        foreach (var path in paths)
        {
            if (path.Length > MaxPathLength)
            {
                report.Skipped(ImportReport.OldAddresses, path[..60] + "…", "longer than an address the site looks up");
                continue;
            }
            if (!_redirectPaths.Add(path))
            {
                report.Skipped(ImportReport.OldAddresses, path, "already redirects");
                continue;
            }
            _pendingRedirects.Add(new PendingRedirect(path, kind, key));
            report.Imported(ImportReport.OldAddresses);
        }
    }
}
