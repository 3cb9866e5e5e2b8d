using Magazine.Core.Content;
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
    public Task<ArticleViewModel?> FindAsync(string slug, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        BuildAsync(now => StoryPageStatements.BySlug.For(db)(db, slug, now), commentForm, cancellationToken);

    public Task<ArticleViewModel?> FindAsync(int id, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        BuildAsync(now => StoryPageStatements.ById.For(db)(db, id, now), commentForm, cancellationToken);

    private async Task<ArticleViewModel?> BuildAsync(
        Func<DateTime, Task<CardWith<StoryDetails>?>> find, CommentFormRequest commentForm, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await find(now);
        if (found is null)
        {
            return null;
        }
        var (story, row) = (found.Card, found.More);
        // Only a story covered live (now or before) pays a statement for its updates.
        var live = row.LiveSince is not null || row.HasLiveUpdates
            ? new LiveCoverage(story.Id, row.LiveSince, await liveUpdates.ListAsync(story.Id, cancellationToken))
            : null;
        var tags = await StoryPageStatements.Tags.For(db)(db, story.Id).ToListAsync(cancellationToken);

        var picked = (await AroundAsync(story, row, now, cancellationToken)).NewestFirst().ToList();
        var translation = row.TranslationGroupId is null ? null : picked.FirstOrDefault(r => r.More.TranslationGroupId == row.TranslationGroupId)?.Card;
        var nearby = picked.Where(r => r.Card != translation).ToList();
        var newer = nearby.LastOrDefault(r => r.Card.IsNewerThan(story.PublishedAt, story.Id))?.Card;
        var older = nearby.FirstOrDefault(r => r.Card.IsOlderThan(story.PublishedAt, story.Id))?.Card;
        var related = row.CategoryId is null
            ? []
            : nearby.Where(r => r.More.CategoryId == row.CategoryId && r.Card.Id != story.Id).Take(StoryPageStatements.RelatedCount).Select(r => r.Card).ToList();

        pageTags.Stories([story.Id, .. related.Select(r => r.Id)]).Add(ReaderTags.Discussion(story.Id));
        if (row.TranslationGroupId is { } translationGroup)
        {
            // Even while the translation is a draft: publishing it must evict this page, which then links to it.
            pageTags.Add(ReaderTags.Translations(translationGroup));
        }
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
            HtmlText.Excerpt(row.Summary, StoryPageStatements.SummaryLength),
            tags,
            row.AuthorBio,
            newer is null ? null : new StoryLink(newer.Title, newer.Url, newer.Language),
            older is null ? null : new StoryLink(older.Title, older.Url, older.Language),
            related,
            await comments.LoadAsync(story.Id, story.PublishedAt, row.CommentsClosed, commentForm, cancellationToken),
            row.Notes,
            live,
            translation is null ? null : new StoryTranslation(StoryUrls.Article(translation.PublishedAt, translation.Slug, Edition.ForLanguage(translation.Language)), translation.Language));
    }

    /// <summary>The neighbours, the related stories and the published translation in one statement, the first two from the edition's own list.</summary>
    private async Task<List<CardWith<NearbyStory>>> AroundAsync(StoryCard story, StoryDetails row, DateTime now, CancellationToken cancellationToken)
    {
        var editions = options.Value.Editions;
        if (editions.Untranslated == UntranslatedStories.Hide)
        {
            var olderBound = story.PublishedAt < now ? story.PublishedAt : now;
            return await StoryPageStatements.Around.For(db)(
                    db, Edition.Current.Language, now, story.PublishedAt, story.Id, olderBound, row.CategoryId ?? -1, row.TranslationGroupId ?? -1)
                .ToListAsync(cancellationToken);
        }
        // Listing other languages' untranslated stories too takes a look for each story's
        // translation, composed here.
        var listed = db.Articles.InEdition(db.Articles, now, editions);
        var published = db.Articles.Published(now).InEdition(db.Articles, now, editions);
        var around = listed.PublishedNewerThan(now, story.PublishedAt, story.Id)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => a.Id).Take(1)
            .Concat(listed.PublishedOlderThan(now, story.PublishedAt, story.Id).NewestFirst().Select(a => a.Id).Take(1));
        if (row.CategoryId is { } section)
        {
            around = around.Concat(published.Where(a => a.CategoryId == section && a.Id != story.Id).NewestFirst()
                .Select(a => a.Id).Take(StoryPageStatements.RelatedCount));
        }
        if (row.TranslationGroupId is { } group)
        {
            around = around.Concat(db.Articles.Published(now).Where(a => a.TranslationGroupId == group && a.Id != story.Id).Select(a => a.Id).Take(1));
        }
        // The ids come from queries that already apply the visibility rule; the outer query
        // looks them up by key. Given the rule again, SQLite walks the publication index instead.
        return await db.Articles.AsNoTracking().Where(a => around.Contains(a.Id))
            .Select(StoryPageStatements.Nearby)
            .ToListAsync(cancellationToken);
    }
}
