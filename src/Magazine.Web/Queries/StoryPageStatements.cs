using System.Linq.Expressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

/// <summary>
/// The story page's statements, compiled once (the neighbours' for the default editions). The story
/// page is the commonest render, and a profile of it put about a third of its CPU in EF's
/// work before each statement (extracting the parameters from the expression tree, then
/// comparing the whole tree with the query cache's keys). A compiled query skips both.
/// A compiled query cannot call the composable helpers with its own parameters, so the
/// visibility rule of <see cref="ArticleQueries.Published"/> is restated here.
/// </summary>
internal static class StoryPageStatements
{
    public const int SummaryLength = 200;

    private static readonly Expression<Func<Article, CardWith<StoryDetails>>> Details = StoryProjections.With(a => new StoryDetails(
        a.UpdatedAt, a.BodyHtml, a.CategoryId, a.CommentsClosed, a.Author.Bio, a.Dek ?? a.BodyText.Substring(0, SummaryLength + 50), a.TranslationGroupId,
        a.LiveSince,
        a.LiveUpdates.Any(),
        // Corrections and updates ride in the same statement: most stories have none, a corrected one a few.
        a.Notes.Where(n => n.RemovedAt == null).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new StoryNoteView(n.Id, n.Kind, n.BodyHtml, n.CreatedAt)).ToList()));

    public static readonly CompiledPerModel<Func<MagazineDbContext, string, DateTime, Task<CardWith<StoryDetails>?>>> BySlug = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, string slug, DateTime now) => db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .Select(Details)
            .FirstOrDefault()));

    public static readonly CompiledPerModel<Func<MagazineDbContext, int, DateTime, Task<CardWith<StoryDetails>?>>> ById = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, int id, DateTime now) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .Select(Details)
            .FirstOrDefault()));

    public const int RelatedCount = 3;

    /// <summary>A card with the section and translation group that tell a neighbour, a related story and a translation apart.</summary>
    public static readonly Expression<Func<Article, CardWith<NearbyStory>>> Nearby = StoryProjections.With(a => new NearbyStory(a.CategoryId, a.TranslationGroupId));

    /// <summary>
    /// The story's neighbours in its edition's list, its section's newest others and its
    /// published translation, for an edition that lists only its own language (the default):
    /// composed at every call, this statement's expression tree was a quarter of what an
    /// uncached story page allocated. A missing section or translation is passed as -1,
    /// which no story has: compared with a nullable parameter, the column would need a null
    /// test beside the equality, and SQLite would no longer search its index. With no
    /// translation the test of the parameter alone skips that part before it reads a row.
    /// </summary>
    public static readonly CompiledPerModel<Func<MagazineDbContext, string, DateTime, DateTime, int, DateTime, int, int, IAsyncEnumerable<CardWith<NearbyStory>>>> Around = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, string language, DateTime now, DateTime at, int id, DateTime olderBound, int section, int group) =>
            db.Articles.AsNoTracking()
                .Where(a => db.Articles
                    .Where(n => n.Language == language && n.Status == ArticleStatus.Published && n.PublishedAt != null && n.PublishedAt <= now
                        && n.PublishedAt >= at && (n.PublishedAt > at || n.Id > id))
                    .OrderBy(n => n.PublishedAt).ThenBy(n => n.Id).Select(n => n.Id).Take(1)
                    .Concat(db.Articles
                        .Where(o => o.Language == language && o.Status == ArticleStatus.Published && o.PublishedAt != null && o.PublishedAt <= olderBound
                            && (o.PublishedAt < at || o.Id < id))
                        .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Select(o => o.Id).Take(1))
                    .Concat(db.Articles
                        .Where(r => r.Status == ArticleStatus.Published && r.PublishedAt != null && r.PublishedAt <= now && r.Language == language
                            && r.CategoryId == section && r.Id != id)
                        .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Select(r => r.Id).Take(RelatedCount))
                    // The group's own index finds the translation: "+ 0" keeps SQLite from walking
                    // the publication index instead, which a comparison on the bare status invites.
                    .Concat(db.Articles
                        .Where(t => group != -1 && t.TranslationGroupId == group && t.Id != id
                            && (int)t.Status + 0 == (int)ArticleStatus.Published && t.PublishedAt != null && t.PublishedAt <= now)
                        // A group holds one story per language, so this orders at most a pair;
                        // the order only makes the choice explicit.
                        .OrderBy(t => t.Id).Select(t => t.Id).Take(1))
                    .Contains(a.Id))
                .Select(Nearby)));

    // Tags in their own statement: as a collection inside the story's, EF joins against
    // every story's tags before picking this story's, which grows with the archive.
    public static readonly CompiledPerModel<Func<MagazineDbContext, int, IAsyncEnumerable<TagLink>>> Tags = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, int articleId) => db.ArticleTags.AsNoTracking()
            .Where(t => t.ArticleId == articleId)
            .OrderBy(t => t.SortOrder)
            .Select(t => new TagLink(t.Tag.Name, t.Tag.Slug))));
}

internal sealed record NearbyStory(int? CategoryId, int? TranslationGroupId);

internal sealed record StoryDetails(
    DateTime UpdatedAt, string BodyHtml, int? CategoryId, bool CommentsClosed, string? AuthorBio, string Summary, int? TranslationGroupId,
    DateTime? LiveSince, bool HasLiveUpdates, List<StoryNoteView> Notes);
