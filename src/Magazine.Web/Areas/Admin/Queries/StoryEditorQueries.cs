using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Revisions;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Previews;
using Magazine.Web.Publishing;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Areas.Admin.Queries;

/// <summary>What the story editor and the revision pages show.</summary>
public sealed class StoryEditorQueries(MagazineDbContext db, SiteIdentityProvider site, StoryRenderer renderer, StoryPreviewLinks previewLinks, TimeProvider clock)
{
    private const int TagSuggestionCount = 300;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private sealed record Stored(
        int Id, int Version, string Title, string Slug, string? Dek, int? CategoryId, List<string> Tags,
        string? HeroImageUrl, string? HeroImageAlt, string BodyMarkdown, BodyFormat BodyFormat, bool IsFeatured, string Language,
        ArticleStatus Status, ArticleStatus? StatusBeforeTrash, DateTime? PublishedAt, string AuthorName, string? AuthorUserId, int Revisions,
        string? PreviewKey, DateTime? PreviewExpiresAt, int? TranslationGroupId);

    public Task<StoryEditorViewModel> NewAsync(Actor actor, CancellationToken cancellationToken) =>
        ComposeAsync(null, new StoryForm(), actor, null, cancellationToken);

    /// <param name="fromAutosave">The form filled with what the autosave kept of this person's typing, rather than the saved story.</param>
    public async Task<StoryEditorViewModel?> EditAsync(int id, Actor actor, CancellationToken cancellationToken, bool fromAutosave = false)
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
        // Only a copy typed over the version now saved counts: an older one would undo someone's save.
        var autosave = await db.StoryAutosaves.AsNoTracking()
            .Where(a => a.ArticleId == id && a.UserId == actor.UserId && a.BaseVersion == stored.Version)
            .Select(a => new { a.Title, a.Dek, a.BodyMarkdown, a.SavedAt }).FirstOrDefaultAsync(cancellationToken);
        var differs = autosave is not null && (autosave.Title != form.Title || autosave.Dek != form.Dek || autosave.BodyMarkdown != form.BodyMarkdown);
        if (differs && fromAutosave)
        {
            form.Title = autosave!.Title;
            form.Dek = autosave.Dek;
            form.BodyMarkdown = autosave.BodyMarkdown;
        }
        var model = await ComposeAsync(stored, form, actor, null, cancellationToken);
        return !differs ? model
            : fromAutosave ? model with { FromAutosave = true }
            : model with { Autosave = new StoryAutosaveOffer(autosave!.SavedAt) };
    }

    /// <summary>The editor again with what the person typed (after a refusal or for a preview), around the story as stored now.</summary>
    public async Task<StoryEditorViewModel?> RedisplayAsync(
        int? id, StoryForm form, Actor actor, StoryCopy? conflict, CancellationToken cancellationToken)
    {
        var stored = id is null ? null : await LoadAsync(id.Value, cancellationToken);
        if (id is not null && stored is null)
        {
            return null;
        }
        return await ComposeAsync(stored, form, actor, conflict, cancellationToken);
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
        return new RevisionsViewModel(NewsroomUrls.Story(id), story.Title, story.Version,
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

    /// <summary>Two states of the story's text compared word by word; null when either is not this story's, or the person may not see it.</summary>
    public async Task<RevisionCompareViewModel?> CompareAsync(int id, int? from, int? to, Actor actor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Title, a.Dek, a.BodyMarkdown, a.Language, a.Version, a.Status, a.UpdatedAt, AuthorUserId = a.Author.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null || !StoryPermissions.CanView(actor, story.AuthorUserId))
        {
            return null;
        }
        var revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new RevisionRow(r.Id, r.CreatedAt, r.UserName, r.Title))
            .ToListAsync(cancellationToken);
        var (fromId, toId) = RevisionCompareViewModel.DefaultPair(revisions, from, to);
        var wanted = new[] { fromId, toId };
        var texts = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id && wanted.Contains(r.Id))
            .Select(r => new RevisionText(r.Id, r.Title, r.Dek, r.BodyMarkdown, r.CreatedAt, r.UserName))
            .ToListAsync(cancellationToken);
        texts.Add(new RevisionText(RevisionCompareViewModel.CurrentId, story.Title, story.Dek, story.BodyMarkdown, story.UpdatedAt, null));
        if (texts.FirstOrDefault(t => t.Id == fromId) is not { } older || texts.FirstOrDefault(t => t.Id == toId) is not { } newer)
        {
            return null;
        }
        return RevisionCompareViewModel.Of(story.Title, story.Language, NewsroomUrls.Story(id), story.Version,
            StoryPermissions.CanEdit(actor, story.Status, story.AuthorUserId), revisions, older, newer, (await site.GetAsync(cancellationToken)).TimeZone);
    }

    private Task<Stored?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Stored(
                a.Id, a.Version, a.Title, a.Slug, a.Dek, a.CategoryId,
                a.Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Name).ToList(),
                a.HeroImageUrl, a.HeroImageAlt, a.BodyMarkdown, a.BodyFormat, a.IsFeatured, a.Language,
                a.Status, a.StatusBeforeTrash, a.PublishedAt, a.Author.DisplayName, a.Author.UserId, a.Revisions.Count(),
                a.PreviewKey, a.PreviewExpiresAt, a.TranslationGroupId))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<StoryEditorViewModel> ComposeAsync(
        Stored? stored, StoryForm form, Actor actor, StoryCopy? conflict, CancellationToken cancellationToken)
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
            conflict,
            Translation: translation)
        {
            CanSharePreview = stored is not null && StoryPreviewLinks.MayShare(actor, status, authorUserId) && state != StoryState.Published,
            PreviewLink = stored is null ? null : previewLinks.Of(stored.Id, stored.PreviewKey, stored.PreviewExpiresAt),
        };
    }
}
