using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Caching;
using Magazine.Web.Editions;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Queries;

/// <summary>The edition's corrections, newest first: the public corrections page and its feed.</summary>
public sealed class CorrectionQueries(
    MagazineDbContext db, SiteIdentityProvider site, TimeProvider clock, ReaderPageTags pageTags, IOptions<MagazineOptions> options)
{
    public const int PageSize = 30;

    /// <summary>Beyond any real archive; a larger number is a guess, answered 404 before any arithmetic on it.</summary>
    private const int MaxPage = 100_000;
    private const int FeedEntries = 20;

    /// <summary>One page of corrections; null past the last page.</summary>
    public async Task<CorrectionsViewModel?> PageAsync(int page, CancellationToken cancellationToken)
    {
        if (page > MaxPage)
        {
            return null;
        }
        var rows = await ReadAsync((page - 1) * PageSize, PageSize + 1, cancellationToken);
        if (page > 1 && rows.Count == 0)
        {
            return null;
        }
        return new CorrectionsViewModel(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    public async Task<FeedModel> FeedAsync(string origin, string title, CancellationToken cancellationToken)
    {
        pageTags.Add(ReaderTags.Feeds);
        var rows = await ReadAsync(0, FeedEntries, cancellationToken);
        var identity = await site.GetAsync(cancellationToken);
        var host = new Uri(origin).Host;
        var entries = rows.Select(r => new FeedEntry(
                $"tag:{host},{r.Note.CreatedAt:yyyy-MM-dd}:correction/{r.Note.Id}",
                $"{title}: {Core.Content.BidiText.Closed(r.Story.Title)}",
                origin + r.Story.Url + "#" + r.Note.Anchor,
                r.Note.CreatedAt,
                r.Note.CreatedAt,
                Core.Content.BidiText.Closed(r.Story.AuthorName),
                origin + StoryUrls.Author(r.Story.AuthorSlug),
                Core.Content.HtmlText.Excerpt(r.Note.Text, 300),
                r.Note.BodyHtml,
                r.Story.Language,
                r.Story.SectionLabel,
                null))
            .ToList();
        var edition = Edition.Current;
        return new FeedModel(
            $"{title} | {identity.NameIn()}", null, edition.Language,
            origin + StoryUrls.Corrections(), origin + StoryUrls.CorrectionsFeed(), origin + StoryUrls.CorrectionsFeed(),
            entries.Count == 0 ? clock.GetUtcNow().UtcDateTime : entries.Max(e => e.UpdatedAt), entries);
    }

    private async Task<List<CorrectedStory>> ReadAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stories = db.Articles.AsNoTracking().Published(now).InEdition(db.Articles, now, options.Value.Editions);
        var rows = await db.StoryNotes.AsNoTracking()
            .Where(n => n.Kind == StoryNoteKind.Correction && n.RemovedAt == null && stories.Any(a => a.Id == n.ArticleId))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(skip).Take(take)
            .Select(n => new { Note = new StoryNoteView(n.Id, n.Kind, n.BodyHtml, n.CreatedAt), n.ArticleId })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ArticleId).Distinct().ToList();
        var cards = ids.Count == 0
            ? []
            : await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryProjections.Card).ToDictionaryAsync(c => c.Id, cancellationToken);
        // A page listing a story changes with its headline or its leaving the edition; a new correction evicts the list itself.
        pageTags.Add(ReaderTags.Corrections).Stories(ids);
        return rows.Where(r => cards.ContainsKey(r.ArticleId)).Select(r => new CorrectedStory(r.Note, cards[r.ArticleId])).ToList();
    }
}
