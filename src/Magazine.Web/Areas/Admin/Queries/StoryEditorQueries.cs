using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Publishing;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

/// <summary>What the story editor and the revision pages show.</summary>
public sealed class StoryEditorQueries(MagazineDbContext db, SiteIdentityProvider site, StoryRenderer renderer, TimeProvider clock)
{
    private const int TagSuggestionCount = 300;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private sealed record Stored(
        int Id, int Version, string Title, string Slug, string? Dek, int? CategoryId, List<string> Tags,
        string? HeroImageUrl, string? HeroImageAlt, string BodyMarkdown, BodyFormat BodyFormat, bool IsFeatured, string Language,
        ArticleStatus Status, ArticleStatus? StatusBeforeTrash, DateTime? PublishedAt, string AuthorName, string? AuthorUserId, int Revisions,
        int? TranslationGroupId);

    public Task<StoryEditorViewModel> NewAsync(Actor actor, CancellationToken cancellationToken) =>
        ComposeAsync(null, new StoryForm(), actor, null, null, cancellationToken);

    public async Task<StoryEditorViewModel?> EditAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(id, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var zone = (await site.GetAsync(cancellationToken)).TimeZone;
        var form = new StoryForm
        {
            Version = stored.Version,
            Title = stored.Title,
            Slug = stored.Slug,
            Dek = stored.Dek,
            CategoryId = stored.CategoryId,
            Tags = string.Join(", ", stored.Tags),
            HeroImageUrl = stored.HeroImageUrl,
            HeroImageAlt = stored.HeroImageAlt,
            BodyMarkdown = stored.BodyMarkdown,
            BodyFormat = stored.BodyFormat,
            IsFeatured = stored.IsFeatured,
            Language = stored.Language,
            PublishAt = stored.PublishedAt > Now ? stored.PublishedAt.Value.ToSiteTime(zone) : null,
        };
        return await ComposeAsync(stored, form, actor, null, null, cancellationToken);
    }

    /// <summary>The editor again with what the person typed (after a refusal or for a preview), around the story as stored now.</summary>
    public async Task<StoryEditorViewModel?> RedisplayAsync(
        int? id, StoryForm form, Actor actor, string? previewHtml, StoryCopy? conflict, CancellationToken cancellationToken)
    {
        var stored = id is null ? null : await LoadAsync(id.Value, cancellationToken);
        if (id is not null && stored is null)
        {
            return null;
        }
        return await ComposeAsync(stored, form, actor, previewHtml, conflict, cancellationToken);
    }

    public async Task<RevisionsViewModel?> RevisionsAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Title, a.Version, a.Status, AuthorUserId = a.Author.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (story is null || !StoryPermissions.CanView(actor, story.AuthorUserId))
        {
            return null;
        }
        var revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new RevisionRow(r.Id, r.CreatedAt, r.UserName, r.Title))
            .ToListAsync(cancellationToken);
        return new RevisionsViewModel(id, story.Title, story.Version,
            StoryPermissions.CanEdit(actor, story.Status, story.AuthorUserId), revisions, (await site.GetAsync(cancellationToken)).TimeZone);
    }

    public async Task<RevisionViewModel?> RevisionAsync(int id, int revisionId, Actor actor, CancellationToken cancellationToken)
    {
        var found = await db.ArticleRevisions.AsNoTracking().Where(r => r.Id == revisionId && r.ArticleId == id)
            .Select(r => new
            {
                Row = new RevisionRow(r.Id, r.CreatedAt, r.UserName, r.Title),
                r.Dek,
                r.BodyMarkdown,
                r.BodyFormat,
                r.Article.Version,
                r.Article.Status,
                AuthorUserId = r.Article.Author.UserId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !StoryPermissions.CanView(actor, found.AuthorUserId))
        {
            return null;
        }
        var identity = await site.GetAsync(cancellationToken);
        return new RevisionViewModel(id, found.Version, StoryPermissions.CanEdit(actor, found.Status, found.AuthorUserId),
            found.Row, found.Dek, found.BodyMarkdown, renderer.RenderHtml(found.BodyMarkdown, found.BodyFormat, identity.EmbedHosts), identity.TimeZone);
    }

    private Task<Stored?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Stored(
                a.Id, a.Version, a.Title, a.Slug, a.Dek, a.CategoryId,
                a.Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Name).ToList(),
                a.HeroImageUrl, a.HeroImageAlt, a.BodyMarkdown, a.BodyFormat, a.IsFeatured, a.Language,
                a.Status, a.StatusBeforeTrash, a.PublishedAt, a.Author.DisplayName, a.Author.UserId, a.Revisions.Count(),
                a.TranslationGroupId))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<StoryEditorViewModel> ComposeAsync(
        Stored? stored, StoryForm form, Actor actor, string? previewHtml, StoryCopy? conflict, CancellationToken cancellationToken)
    {
        var identity = await site.GetAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking()
            .OrderByDescending(t => db.ArticleTags.Count(at => at.TagId == t.Id)).ThenBy(t => t.Slug)
            .Select(t => t.Name).Take(TagSuggestionCount).ToListAsync(cancellationToken);
        var status = stored?.Status ?? ArticleStatus.Draft;
        var state = StoryStates.Of(status, stored?.PublishedAt, Now);
        var authorUserId = stored is null ? actor.UserId : stored.AuthorUserId;
        var translation = stored?.TranslationGroupId is { } group
            ? await db.Articles.AsNoTracking().Where(a => a.TranslationGroupId == group && a.Id != stored.Id)
                .Select(a => new TranslationCopy(a.Id, a.Title, a.Dek, a.BodyMarkdown, a.Language)).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new StoryEditorViewModel(
            stored?.Id,
            form,
            state,
            stored?.PublishedAt,
            state == StoryState.Published ? StoryUrls.Article(stored!.PublishedAt!.Value, stored.Slug) : null,
            stored?.AuthorName,
            stored?.Revisions ?? 0,
            CanView: StoryPermissions.CanView(actor, authorUserId),
            CanEdit: StoryPermissions.CanEdit(actor, status, authorUserId),
            CanPublish: StoryPermissions.CanPublish(actor),
            CanTrash: stored is not null && StoryPermissions.CanTrash(actor, status, authorUserId) && status != ArticleStatus.Trashed,
            CanRestore: stored is not null && status == ArticleStatus.Trashed && StoryPermissions.CanRestore(actor, stored.StatusBeforeTrash, authorUserId),
            identity.Sections,
            tags,
            identity.TimeZone,
            previewHtml,
            conflict,
            Translation: translation);
    }
}
