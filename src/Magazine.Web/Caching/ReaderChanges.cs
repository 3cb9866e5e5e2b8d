using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Magazine.Web.Caching;

/// <summary>
/// What one context's saves changed for readers, as reader-cache tags (<see cref="ReaderTags"/>).
/// Noted from the change tracker before each save, while original values are still known;
/// rows added get their tags after the save, when their keys are real.
/// </summary>
public sealed class ReaderChanges
{
    /// <summary>Changing these moves a story into or out of lists, not only its card.</summary>
    private static readonly string[] ListPlacement =
        [nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.CategoryId), nameof(Article.AuthorId), nameof(Article.IsFeatured)];

    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private readonly List<object> _added = [];
    private readonly HashSet<Article> _placed = [];

    /// <summary>A change every page may show: settings, sections, navigation, authors, standalone pages.</summary>
    public bool Everything { get; private set; }

    /// <summary>The site's identity (settings, sections) changed and its cached copy must be read again.</summary>
    public bool Identity { get; private set; }

    public bool IsEmpty => !Everything && _tags.Count == 0 && _added.Count == 0 && _placed.Count == 0;

    public void Note(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Comment comment when ReadersSee(entry):
                    NoteComment(entry, comment);
                    break;
                case Article article:
                    NoteArticle(entry, article);
                    break;
                case ArticleTag link:
                    _tags.Add(ReaderTags.Search);
                    _tags.Add(ReaderTags.Sitemaps);
                    if (entry.State == EntityState.Added)
                    {
                        _added.Add(link);
                    }
                    else
                    {
                        _tags.Add(ReaderTags.Story(link.ArticleId));
                        _tags.Add(ReaderTags.Tag((int)entry.Property(nameof(ArticleTag.TagId)).OriginalValue!));
                        _tags.Add(ReaderTags.Tag(link.TagId));
                    }
                    break;
                // A note shows on its story and, as a correction, on the corrections page and feed;
                // a live update only on its story (and in the updates list the page fetches).
                case StoryNote note:
                    _tags.Add(ReaderTags.Story(note.ArticleId));
                    _tags.Add(ReaderTags.Corrections);
                    break;
                case LiveUpdate update:
                    _tags.Add(ReaderTags.Story(update.ArticleId));
                    break;
                // Nothing but the sitemap shows a tag or an author before a story carries it.
                case Tag or AuthorProfile when entry.State == EntityState.Added:
                    _tags.Add(ReaderTags.Sitemaps);
                    break;
                case SiteSettings or Category:
                    Everything = true;
                    Identity = true;
                    break;
                case Tag or AuthorProfile or Page or Redirect:
                    Everything = true;
                    break;
            }
        }
    }

    /// <summary>After a successful save: added rows now have their keys.</summary>
    public void Saved()
    {
        foreach (var entity in _added)
        {
            switch (entity)
            {
                case Comment comment:
                    NoteCommentOn(comment.ArticleId);
                    break;
                case Article article:
                    _tags.Add(ReaderTags.Story(article.Id));
                    NotePlacement(article.CategoryId, article.AuthorId);
                    break;
                case ArticleTag link:
                    _tags.Add(ReaderTags.Story(link.ArticleId));
                    _tags.Add(ReaderTags.Tag(link.TagId));
                    break;
            }
        }
        _added.Clear();
    }

    /// <summary>
    /// The tags to evict, once committed. Stories that entered or left lists also evict
    /// their tags' lists and their new neighbours' pages, read from the committed state.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> TagsAsync(IServiceScopeFactory scopes)
    {
        if (_placed.Count > 0)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var ids = _placed.Select(a => a.Id).ToList();
            foreach (var tagId in await db.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).Select(t => t.TagId).Distinct().ToListAsync())
            {
                _tags.Add(ReaderTags.Tag(tagId));
            }
            foreach (var article in _placed.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now))
            {
                // The stories either side now link to this one instead of to each other.
                var at = article.PublishedAt!.Value;
                var newer = await db.Articles.AsNoTracking().PublishedNewerThan(now, at, article.Id)
                    .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
                var older = await db.Articles.AsNoTracking().PublishedOlderThan(now, at, article.Id)
                    .NewestFirst().Select(a => (int?)a.Id).FirstOrDefaultAsync();
                foreach (var neighbour in new[] { newer, older })
                {
                    if (neighbour is { } id)
                    {
                        _tags.Add(ReaderTags.Story(id));
                    }
                }
            }
        }
        return _tags;
    }

    private void NoteComment(EntityEntry entry, Comment comment)
    {
        if (entry.State == EntityState.Added)
        {
            _added.Add(comment);
        }
        else
        {
            NoteCommentOn(comment.ArticleId);
        }
    }

    /// <summary>A comment shows on its story's page and in its count; comments under standalone pages are rare enough to evict everything.</summary>
    private void NoteCommentOn(int? articleId)
    {
        if (articleId is { } id)
        {
            _tags.Add(ReaderTags.Discussion(id));
        }
        else
        {
            Everything = true;
        }
    }

    private void NoteArticle(EntityEntry entry, Article article)
    {
        // Search results, sitemaps (last modified) and feeds (full text) follow any change.
        _tags.Add(ReaderTags.Search);
        _tags.Add(ReaderTags.Sitemaps);
        _tags.Add(ReaderTags.Feeds);
        foreach (var group in new[] { article.TranslationGroupId, entry.State == EntityState.Added ? null : (int?)entry.Property(nameof(Article.TranslationGroupId)).OriginalValue })
        {
            if (group is { } id)
            {
                _tags.Add(ReaderTags.Translations(id));
            }
        }
        if (entry.State == EntityState.Added)
        {
            _added.Add(article);
            _placed.Add(article);
            return;
        }
        _tags.Add(ReaderTags.Story(article.Id));
        if (entry.State == EntityState.Deleted || ListPlacement.Any(name => IsChanged(entry.Property(name))))
        {
            _placed.Add(article);
            NotePlacement((int?)entry.Property(nameof(Article.CategoryId)).OriginalValue, (int)entry.Property(nameof(Article.AuthorId)).OriginalValue!);
            NotePlacement(article.CategoryId, article.AuthorId);
        }
    }

    private void NotePlacement(int? sectionId, int authorId)
    {
        _tags.Add(ReaderTags.Home);
        _tags.Add(ReaderTags.Author(authorId));
        if (sectionId is { } id)
        {
            _tags.Add(ReaderTags.Section(id));
        }
    }

    private static bool IsChanged(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);

    private static bool ReadersSee(EntityEntry entry)
    {
        var status = entry.Property(nameof(Comment.Status));
        return entry.State == EntityState.Added
            ? (CommentStatus)status.CurrentValue! == CommentStatus.Approved
            : (CommentStatus)status.OriginalValue! == CommentStatus.Approved || (CommentStatus)status.CurrentValue! == CommentStatus.Approved;
    }
}
