using Magazine.Core.Content;
using System.Linq.Expressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Caching;
using Magazine.Web.Comments;
using Magazine.Web.ViewModels;
using Magazine.Web.Editions;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Queries;

/// <summary>Everything a story page shows, in a fixed number of indexed queries.</summary>
public sealed class ArticlePageQuery(
    MagazineDbContext db, CommentSectionQuery comments, LiveUpdateQueries liveUpdates, TimeProvider clock, ReaderPageTags pageTags, IOptions<MagazineOptions> options)
{
    private const int RelatedCount = 3;
    private const int SummaryLength = 200;

    public Task<ArticleViewModel?> FindAsync(string slug, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        FindAsync(a => a.Slug == slug, commentForm, cancellationToken);

    public Task<ArticleViewModel?> FindAsync(int id, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        FindAsync(a => a.Id == id, commentForm, cancellationToken);

    private async Task<ArticleViewModel?> FindAsync(Expression<Func<Article, bool>> which, CommentFormRequest commentForm, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().Published(now);
        // The translation rides along as scalar subqueries (one seek each in the group's
        // index) rather than a statement of its own: the page keeps its fixed count.
        var group = db.Articles.AsNoTracking();
        var visible = group.Published(now);
        var found = await published.Where(which)
            .Select(StoryProjections.With(a => new StoryDetails(
                a.UpdatedAt,
                a.BodyHtml,
                a.CategoryId,
                a.CommentsClosed,
                a.Author.Bio,
                a.Dek ?? a.BodyText.Substring(0, SummaryLength + 50),
                group.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => (int?)t.Id).FirstOrDefault(),
                visible.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.Slug).FirstOrDefault(),
                visible.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.PublishedAt).FirstOrDefault(),
                visible.Where(t => a.TranslationGroupId != null && t.TranslationGroupId == a.TranslationGroupId && t.Id != a.Id)
                    .Select(t => t.Language).FirstOrDefault(),
                a.LiveSince,
                a.LiveUpdates.Any(),
                // Corrections and updates ride in the same statement: most stories have none, a corrected one a few.
                a.Notes.Where(n => n.RemovedAt == null).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
                    .Select(n => new StoryNoteView(n.Id, n.Kind, n.BodyHtml, n.CreatedAt)).ToList())))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var (story, row) = (found.Card, found.More);
        // Only a story covered live (now or before) pays a statement for its updates.
        var live = row.LiveSince is not null || row.HasLiveUpdates
            ? new LiveCoverage(story.Id, row.LiveSince, await liveUpdates.ListAsync(story.Id, cancellationToken))
            : null;
        // Tags in their own query: as a collection inside the one above, EF joins against
        // every story's tags before picking this story's, which grows with the archive.
        var tags = await db.ArticleTags.AsNoTracking().Where(t => t.ArticleId == story.Id).OrderBy(t => t.SortOrder)
            .Select(t => new TagLink(t.Tag.Name, t.Tag.Slug)).ToListAsync(cancellationToken);

        // The neighbours and the related stories in one statement (see NewestFirstPicks), from the edition's own list.
        var listed = db.Articles.InEdition(db.Articles, now, options.Value.Editions);
        published = published.InEdition(db.Articles, now, options.Value.Editions);
        var around = listed.PublishedNewerThan(now, story.PublishedAt, story.Id)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => a.Id).Take(1)
            .Concat(listed.PublishedOlderThan(now, story.PublishedAt, story.Id).NewestFirst().Select(a => a.Id).Take(1));
        if (row.CategoryId is { } section)
        {
            around = around.Concat(published.Where(a => a.CategoryId == section && a.Id != story.Id).NewestFirst()
                .Select(a => a.Id).Take(RelatedCount));
        }
        // The ids come from queries that already apply the visibility rule; the outer query
        // looks them up by key. Given the rule again, SQLite walks the publication index instead.
        var nearby = (await db.Articles.AsNoTracking().Where(a => around.Contains(a.Id)).Select(StoryProjections.With(a => a.CategoryId))
            .ToListAsync(cancellationToken)).NewestFirst().ToList();
        var newer = nearby.LastOrDefault(r => r.Card.IsNewerThan(story.PublishedAt, story.Id))?.Card;
        var older = nearby.FirstOrDefault(r => r.Card.IsOlderThan(story.PublishedAt, story.Id))?.Card;
        var related = row.CategoryId is null
            ? []
            : nearby.Where(r => r.More == row.CategoryId && r.Card.Id != story.Id).Take(RelatedCount).Select(r => r.Card).ToList();

        // The translation's tag even while it is a draft: publishing it must evict this page, which then links to it.
        pageTags.Stories([story.Id, .. related.Select(r => r.Id), .. row.TranslationId is { } translationId ? [translationId] : Array.Empty<int>()]);
        if (newer is not null)
        {
            pageTags.Stories([newer.Id]);
        }
        if (older is not null)
        {
            pageTags.Stories([older.Id]);
        }
        if (row.CategoryId is { } sectionId)
        {
            pageTags.Add(ReaderTags.Section(sectionId));
        }
        return new ArticleViewModel(
            story,
            row.UpdatedAt,
            row.BodyHtml,
            HtmlText.Excerpt(row.Summary, SummaryLength),
            tags,
            row.AuthorBio,
            newer is null ? null : new StoryLink(newer.Title, newer.Url, newer.Language),
            older is null ? null : new StoryLink(older.Title, older.Url, older.Language),
            related,
            await comments.LoadAsync(story.Id, story.PublishedAt, row.CommentsClosed, commentForm, cancellationToken),
            row.Notes,
            live,
            row is { TranslationSlug: { } slug, TranslationPublishedAt: { } at, TranslationLanguage: { } language }
                ? new StoryTranslation(StoryUrls.Article(at, slug, Edition.ForLanguage(language)), language)
                : null);
    }

    private sealed record StoryDetails(
        DateTime UpdatedAt, string BodyHtml, int? CategoryId, bool CommentsClosed, string? AuthorBio, string Summary,
        int? TranslationId, string? TranslationSlug, DateTime? TranslationPublishedAt, string? TranslationLanguage,
        DateTime? LiveSince, bool HasLiveUpdates, List<StoryNoteView> Notes);
}
