using System.Linq.Expressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

/// <summary>
/// The story page's statements that do not depend on the edition, compiled once. The story
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

    // Tags in their own statement: as a collection inside the story's, EF joins against
    // every story's tags before picking this story's, which grows with the archive.
    public static readonly CompiledPerModel<Func<MagazineDbContext, int, IAsyncEnumerable<TagLink>>> Tags = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, int articleId) => db.ArticleTags.AsNoTracking()
            .Where(t => t.ArticleId == articleId)
            .OrderBy(t => t.SortOrder)
            .Select(t => new TagLink(t.Tag.Name, t.Tag.Slug))));
}

internal sealed record StoryDetails(
    DateTime UpdatedAt, string BodyHtml, int? CategoryId, bool CommentsClosed, string? AuthorBio, string Summary, int? TranslationGroupId,
    DateTime? LiveSince, bool HasLiveUpdates, List<StoryNoteView> Notes);
