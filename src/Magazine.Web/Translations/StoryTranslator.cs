using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Translations;

/// <summary>
/// "Translate" in the newsroom: a draft in the other language, linked to the story in one
/// translation group, starting from the original's text so the translator replaces it
/// paragraph by paragraph and keeps its structure, links and pictures. A story that already
/// has its translation leads to it instead of making a second.
/// </summary>
public sealed class StoryTranslator(MagazineDbContext db, UserAccounts accounts, StoryRenderer renderer, SiteIdentityProvider site, TimeProvider clock)
{
    public async Task<TranslationResult> TranslateAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var original = await db.Articles.FirstOrDefaultAsync(a => a.Id == id && a.Status != ArticleStatus.Trashed, cancellationToken);
        if (original is null)
        {
            return TranslationResult.NotFound;
        }
        var language = Edition.ForLanguage(original.Language) == Edition.Arabic ? Edition.English.Language : Edition.Arabic.Language;
        var group = original.TranslationGroupId ?? original.Id;
        var existing = await db.Articles.Where(a => a.TranslationGroupId == group && a.Language == language)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } found)
        {
            return TranslationResult.Existing(found);
        }
        var user = await db.Users.FindAsync([actor.UserId], cancellationToken);
        if (user is null)
        {
            return TranslationResult.NotFound;
        }
        var author = await accounts.EnsureAuthorProfileAsync(user, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var slug = await Slugs.MakeUniqueAsync(Slugs.From($"{original.Slug} {language}"),
            candidate => db.Articles.AnyAsync(a => a.Slug == candidate, cancellationToken));
        var draft = new Article
        {
            Title = original.Title,
            Slug = slug,
            Dek = original.Dek,
            BodyMarkdown = original.BodyMarkdown,
            BodyFormat = original.BodyFormat,
            Language = language,
            CategoryId = original.CategoryId,
            HeroImageUrl = original.HeroImageUrl,
            HeroImageAlt = original.HeroImageAlt,
            Status = ArticleStatus.Draft,
            AuthorId = author.Id,
            CreatedAt = now,
            UpdatedAt = now,
            TranslationGroupId = group,
        };
        draft.RenderBody(renderer, (await site.GetAsync(cancellationToken)).EmbedHosts);
        original.TranslationGroupId = group;
        db.Articles.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone translated it (or saved the original) at the same moment; nothing of theirs is lost.
            return TranslationResult.Conflict;
        }
        return TranslationResult.Created(draft.Id);
    }
}

public sealed record TranslationResult(TranslationOutcome Outcome, int StoryId = 0)
{
    public static readonly TranslationResult NotFound = new(TranslationOutcome.NotFound);
    public static readonly TranslationResult Conflict = new(TranslationOutcome.Conflict);
    public static TranslationResult Created(int id) => new(TranslationOutcome.Created, id);
    public static TranslationResult Existing(int id) => new(TranslationOutcome.Existing, id);
}

public enum TranslationOutcome
{
    Created,
    Existing,
    NotFound,
    Conflict,
}
