using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Security;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Publishing;

/// <summary>
/// Every change to a story goes through here: save, submit for review, publish, schedule,
/// unpublish, trash, restore and revision restore. One place decides who may do what,
/// renders the body, keeps revisions and old addresses, and refuses stale saves, so
/// anything that must follow a change (a cache eviction, a notification) hooks in here.
/// </summary>
public sealed class StoryWorkflow(
    MagazineDbContext db,
    StoryRenderer renderer,
    SiteIdentityProvider site,
    UserAccounts accounts,
    MediaUseRecorder mediaUses,
    NewsroomNotices notices,
    TimeProvider clock)
{
    public const int MaxTags = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WorkflowResult> CreateAsync(StoryForm form, Actor actor, CancellationToken cancellationToken)
    {
        if (form.Command is StoryCommand.Publish or StoryCommand.Schedule && !StoryPermissions.CanPublish(actor))
        {
            return WorkflowResult.Forbidden("Only an editor can publish or schedule a story; submit it for review instead.");
        }
        var user = await db.Users.FindAsync([actor.UserId], cancellationToken);
        if (user is null)
        {
            return WorkflowResult.Forbidden("Your account no longer exists.");
        }
        var author = await accounts.EnsureAuthorProfileAsync(user, cancellationToken);
        var article = new Article { Title = "", Slug = "", AuthorId = author.Id, CreatedAt = Now, Status = ArticleStatus.Draft };
        db.Articles.Add(article);
        return await ApplyAsync(article, form, actor, cancellationToken);
    }

    public async Task<WorkflowResult> SaveAsync(int id, StoryForm form, Actor actor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Author)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }
        if (!StoryPermissions.CanEdit(actor, article.Status, article.Author.UserId))
        {
            return WorkflowResult.Forbidden("You can change only your own stories, and only until they are published.");
        }
        if (form.Command is StoryCommand.Publish or StoryCommand.Schedule && !StoryPermissions.CanPublish(actor))
        {
            return WorkflowResult.Forbidden("Only an editor can publish or schedule a story; submit it for review instead.");
        }
        if (article.Version != form.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        return await ApplyAsync(article, form, actor, cancellationToken);
    }

    public Task<WorkflowResult> UnpublishAsync(int id, int version, Actor actor, CancellationToken cancellationToken) =>
        TransitionAsync(id, version, cancellationToken,
            article => !StoryPermissions.CanPublish(actor) ? WorkflowResult.Forbidden("Only an editor can unpublish a story.")
                : article.Status != ArticleStatus.Published ? WorkflowResult.Invalid("", "Only a published or scheduled story can be unpublished.")
                : null,
            article =>
            {
                article.Status = ArticleStatus.Draft;
                // A scheduled story was never seen, so it has no publication date to keep; a
                // story that was live keeps its date, and with it its address, for a republish.
                if (article.PublishedAt > Now)
                {
                    article.PublishedAt = null;
                }
            });

    /// <summary>An editor returns a story in review to its writer as a draft; the writer is told.</summary>
    public async Task<WorkflowResult> SendBackAsync(int id, int version, Actor actor, CancellationToken cancellationToken)
    {
        var result = await TransitionAsync(id, version, cancellationToken,
            article => !StoryPermissions.CanPublish(actor) ? WorkflowResult.Forbidden("Only an editor can send a story back.")
                : article.Status != ArticleStatus.InReview ? WorkflowResult.Invalid("", "Only a story in review can be sent back.")
                : null,
            article => article.Status = ArticleStatus.Draft);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            await notices.TellAsync(id, NewsroomEvent.SentBack, actor.UserId, cancellationToken);
        }
        return result;
    }

    public Task<WorkflowResult> TrashAsync(int id, int version, Actor actor, CancellationToken cancellationToken) =>
        TransitionAsync(id, version, cancellationToken,
            article => !StoryPermissions.CanTrash(actor, article.Status, article.Author.UserId)
                    ? WorkflowResult.Forbidden("You can move only your own unpublished stories to the trash.")
                : article.Status == ArticleStatus.Trashed ? WorkflowResult.Invalid("", "This story is already in the trash.")
                : null,
            article =>
            {
                article.StatusBeforeTrash = article.Status;
                article.Status = ArticleStatus.Trashed;
            });

    public Task<WorkflowResult> RestoreAsync(int id, int version, Actor actor, CancellationToken cancellationToken) =>
        TransitionAsync(id, version, cancellationToken,
            article => article.Status != ArticleStatus.Trashed
                    ? (StoryPermissions.CanView(actor, article.Author.UserId) ? WorkflowResult.Invalid("", "Only a story in the trash can be restored.") : WorkflowResult.Forbidden("This is not your story."))
                : !StoryPermissions.CanRestore(actor, article.StatusBeforeTrash, article.Author.UserId)
                    ? WorkflowResult.Forbidden("This story was published before it went to the trash; only an editor can restore it.")
                : null,
            article =>
            {
                article.Status = article.StatusBeforeTrash ?? ArticleStatus.Draft;
                article.StatusBeforeTrash = null;
            });

    /// <summary>Puts an earlier revision's text back; that is itself a save, with its own revision.</summary>
    public async Task<WorkflowResult> RestoreRevisionAsync(int id, int revisionId, int version, Actor actor, CancellationToken cancellationToken)
    {
        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == id, cancellationToken);
        if (revision is null)
        {
            return WorkflowResult.NotFound;
        }
        var embedHosts = (await site.GetAsync(cancellationToken)).EmbedHosts;
        return await TransitionAsync(id, version, cancellationToken,
            article => StoryPermissions.CanEdit(actor, article.Status, article.Author.UserId) ? null
                : WorkflowResult.Forbidden("You can change only your own stories, and only until they are published."),
            article =>
            {
                article.Title = revision.Title;
                article.Dek = revision.Dek;
                article.BodyMarkdown = revision.BodyMarkdown;
                article.BodyFormat = revision.BodyFormat;
                article.RenderBody(renderer, embedHosts);
                AddRevision(article, actor);
            });
    }

    private async Task<WorkflowResult> ApplyAsync(Article article, StoryForm form, Actor actor, CancellationToken cancellationToken)
    {
        var identity = await site.GetAsync(cancellationToken);
        var now = Now;
        var expectedVersion = article.Version;
        var oldSlug = article.Slug;
        var wasLive = article.Id != 0 && article.PublishedAt <= now;

        var slug = await ChooseSlugAsync(article, form, cancellationToken);
        if (slug is null)
        {
            return WorkflowResult.Invalid(nameof(form.Slug), "Another story already uses this address; choose another.");
        }
        if (form.CategoryId is { } sectionId && identity.Sections.All(s => s.Id != sectionId))
        {
            return WorkflowResult.Invalid(nameof(form.CategoryId), "Choose a section from the list.");
        }
        if (form.Command == StoryCommand.Submit && article.Status is not (ArticleStatus.Draft or ArticleStatus.InReview))
        {
            return WorkflowResult.Invalid("", "Only a draft can be submitted for review.");
        }
        DateTime? scheduledAt = null;
        if (form.Command == StoryCommand.Schedule)
        {
            var local = form.PublishAt!.Value;
            if (identity.TimeZone.IsInvalidTime(local))
            {
                return WorkflowResult.Invalid(nameof(form.PublishAt), "That time does not exist in {0}: the clocks change then. Choose another.", identity.TimeZone.Id);
            }
            scheduledAt = local.FromSiteTime(identity.TimeZone);
            if (scheduledAt <= now)
            {
                return WorkflowResult.Invalid(nameof(form.PublishAt), "Choose a time in the future, or publish now.");
            }
            if (wasLive && article.Status == ArticleStatus.Published)
            {
                return WorkflowResult.Invalid(nameof(form.PublishAt), "This story is already live. Unpublish it first to schedule it again.");
            }
        }

        await KeepArrivedTextAsync(article, cancellationToken);
        article.Title = form.Title.Trim();
        article.Slug = slug;
        article.Dek = Blank(form.Dek);
        article.CategoryId = form.CategoryId;
        article.HeroImageUrl = Blank(form.HeroImageUrl);
        article.HeroImageAlt = article.HeroImageUrl is null ? null : Blank(form.HeroImageAlt);
        article.BodyMarkdown = form.BodyMarkdown ?? "";
        article.BodyFormat = form.BodyFormat;
        // The home page is an editor's call: a writer's form has no such box, and a posted one is ignored.
        if (StoryPermissions.CanPublish(actor))
        {
            article.IsFeatured = form.IsFeatured;
        }
        article.Language = form.Language;
        article.RenderBody(renderer, identity.EmbedHosts);
        await SetTagsAsync(article, form.Tags, cancellationToken);

        switch (form.Command)
        {
            case StoryCommand.Submit:
                article.Status = ArticleStatus.InReview;
                break;
            case StoryCommand.Publish:
                article.Status = ArticleStatus.Published;
                // Published once, dated once: a republished story keeps its date and address.
                article.PublishedAt = article.PublishedAt is { } at && at <= now ? at : now;
                break;
            case StoryCommand.Schedule:
                article.Status = ArticleStatus.Published;
                article.PublishedAt = scheduledAt;
                break;
        }
        if (wasLive && slug != oldSlug)
        {
            await KeepOldAddressAsync(article, oldSlug, cancellationToken);
        }
        AddRevision(article, actor);
        var result = await CommitAsync(article, expectedVersion, cancellationToken);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            // The saved text supersedes what the editor kept of this person's typing.
            await db.StoryAutosaves.Where(a => a.ArticleId == article.Id && a.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
        }
        if (result.Outcome == WorkflowOutcome.Done && form.Command switch
            {
                StoryCommand.Submit => NewsroomEvent.Submitted,
                StoryCommand.Publish => NewsroomEvent.Published,
                StoryCommand.Schedule => NewsroomEvent.Scheduled,
                _ => (NewsroomEvent?)null,
            } is { } change)
        {
            await notices.TellAsync(article.Id, change, actor.UserId, cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Keeps what the person has typed so far, beside the story: not a revision, and never the
    /// story itself (a live story must not change under its readers before someone saves). A
    /// copy typed over an older version is refused, as a stale save is, so the person sees
    /// the newer save before their text can replace it.
    /// </summary>
    public async Task<WorkflowResult> AutosaveAsync(int id, StoryForm form, Actor actor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Version, a.Status, AuthorUserId = a.Author.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return WorkflowResult.NotFound;
        }
        if (!StoryPermissions.CanEdit(actor, story.Status, story.AuthorUserId))
        {
            return WorkflowResult.Forbidden("You can change only your own stories, and only until they are published.");
        }
        if (story.Version != form.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        var copy = await db.StoryAutosaves.FirstOrDefaultAsync(a => a.ArticleId == id && a.UserId == actor.UserId, cancellationToken);
        if (copy is null)
        {
            copy = new StoryAutosave { ArticleId = id, UserId = actor.UserId };
            db.StoryAutosaves.Add(copy);
        }
        copy.BaseVersion = form.Version;
        copy.Title = form.Title.Trim();
        copy.Dek = Blank(form.Dek);
        copy.BodyMarkdown = form.BodyMarkdown ?? "";
        copy.SavedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's other tab made the copy a moment ago; this tab's text stays in its browser until the next try.
            db.ChangeTracker.Clear();
            return WorkflowResult.Invalid("", "Your text was not kept on the server this time; it stays in this browser and is sent again in a moment.");
        }
        return WorkflowResult.Done(id);
    }

    /// <summary>A change that is not an edit of the text: checked (who, from which state), then applied to the current version only.</summary>
    private async Task<WorkflowResult> TransitionAsync(
        int id, int version, CancellationToken cancellationToken, Func<Article, WorkflowResult?> refusal, Action<Article> apply)
    {
        var article = await db.Articles.Include(a => a.Author).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }
        if (refusal(article) is { } refused)
        {
            return refused;
        }
        if (article.Version != version)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        apply(article);
        return await CommitAsync(article, version, cancellationToken);
    }

    private async Task<WorkflowResult> CommitAsync(Article article, int expectedVersion, CancellationToken cancellationToken)
    {
        article.UpdatedAt = Now;
        article.Version = expectedVersion + 1;
        if (article.Id != 0)
        {
            // The UPDATE carries "WHERE Version = expected", so a save that lands between
            // this request's read and its write is refused too.
            db.Entry(article).Property(a => a.Version).OriginalValue = expectedVersion;
        }
        await mediaUses.RecordAsync(article, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(article.Id, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await SlugTakenAsync(article.Slug, article.Id, cancellationToken))
            {
                throw;
            }
            return WorkflowResult.Invalid(nameof(StoryForm.Slug), "Another story took this address a moment ago; choose another.");
        }
        return WorkflowResult.Done(article.Id);
    }

    private async Task<WorkflowResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new StoryCopy(a.Version, a.Title, a.Dek, a.BodyMarkdown, a.UpdatedAt,
                a.Revisions.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.UserName).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        return current is null ? WorkflowResult.NotFound : WorkflowResult.Conflict(current);
    }

    /// <summary>
    /// A story that came in by import has no revision yet; before its first save here, the text
    /// it arrived with becomes one, so an HTML body rewritten as Markdown can still be restored.
    /// </summary>
    private async Task KeepArrivedTextAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.Id == 0 || await db.ArticleRevisions.AnyAsync(r => r.ArticleId == article.Id, cancellationToken))
        {
            return;
        }
        article.Revisions.Add(new ArticleRevision
        {
            Title = article.Title,
            Dek = article.Dek,
            BodyMarkdown = article.BodyMarkdown,
            BodyFormat = article.BodyFormat,
            CreatedAt = article.UpdatedAt,
        });
    }

    private void AddRevision(Article article, Actor actor) =>
        article.Revisions.Add(new ArticleRevision
        {
            Title = article.Title,
            Dek = article.Dek,
            BodyMarkdown = article.BodyMarkdown,
            BodyFormat = article.BodyFormat,
            CreatedAt = Now,
            UserId = actor.UserId,
            UserName = actor.UserName,
        });

    /// <summary>
    /// The typed address if free; a blank field keeps an existing story's address, and a new
    /// story gets one proposed from its headline. Null when the typed address is taken.
    /// </summary>
    private async Task<string?> ChooseSlugAsync(Article article, StoryForm form, CancellationToken cancellationToken)
    {
        var typed = Slugs.From(form.Slug);
        if (typed.Length > 0)
        {
            return typed == article.Slug || !await SlugTakenAsync(typed, article.Id, cancellationToken) ? typed : null;
        }
        if (article.Slug.Length > 0)
        {
            return article.Slug;
        }
        var proposed = Slugs.From(form.Title) is { Length: > 0 } fromTitle ? fromTitle : "story";
        return await Slugs.MakeUniqueAsync(proposed, candidate => SlugTakenAsync(candidate, article.Id, cancellationToken));
    }

    private Task<bool> SlugTakenAsync(string slug, int exceptId, CancellationToken cancellationToken) =>
        db.Articles.AnyAsync(a => a.Slug == slug && a.Id != exceptId, cancellationToken);

    /// <summary>The story's former address answers 301 to its current one.</summary>
    private Task KeepOldAddressAsync(Article article, string oldSlug, CancellationToken cancellationToken) =>
        db.KeepAsync(Uri.UnescapeDataString(StoryUrls.Article(article.PublishedAt!.Value, oldSlug)), r => r.ArticleId = article.Id, Now, cancellationToken);

    private async Task SetTagsAsync(Article article, string? input, CancellationToken cancellationToken)
    {
        var wanted = TagNames.Parse(input).Take(MaxTags).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        var tags = wanted.Select(t => existing.GetValueOrDefault(t.Slug) ?? new Tag { Name = t.Name, Slug = t.Slug }).ToList();

        // Links are updated in place: removing and re-adding the same (story, tag) pair in one save is not allowed.
        article.Tags.RemoveAll(link => tags.All(t => t.Id == 0 || t.Id != link.TagId));
        for (var order = 0; order < tags.Count; order++)
        {
            var tag = tags[order];
            var link = tag.Id == 0 ? null : article.Tags.FirstOrDefault(l => l.TagId == tag.Id);
            if (link is null)
            {
                article.Tags.Add(new ArticleTag { Tag = tag, SortOrder = order });
            }
            else
            {
                link.SortOrder = order;
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
