using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Media;
using Magazine.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Previews;

/// <summary>
/// The whole story as readers will see it (headline, standfirst, byline, hero with its
/// caption, body, tags), rendered by the same renderer and embed allow-list as publishing:
/// from the editor's unsaved form, or from the stored story for a preview link.
/// </summary>
public sealed class StoryPreviews(MagazineDbContext db, StoryRenderer renderer, SiteIdentityProvider site)
{
    /// <summary>The editor's form as it stands; <paramref name="id"/> names the story's author, a new story is the person's own.</summary>
    public async Task<StoryPreviewViewModel> OfFormAsync(int? id, StoryForm form, Actor actor, CancellationToken cancellationToken)
    {
        var identity = await site.GetAsync(cancellationToken);
        var author = id is { } storyId
            ? await db.Articles.AsNoTracking().Where(a => a.Id == storyId).Select(a => a.Author.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : await db.Authors.AsNoTracking().Where(a => a.UserId == actor.UserId).Select(a => a.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var rendered = renderer.Render(form.BodyMarkdown, form.BodyFormat, identity.EmbedHosts);
        var hero = string.IsNullOrWhiteSpace(form.HeroImageUrl) ? null : form.HeroImageUrl.Trim();
        return new StoryPreviewViewModel(
            form.Title, string.IsNullOrWhiteSpace(form.Dek) ? null : form.Dek, form.Language,
            author ?? actor.UserName,
            identity.Sections.FirstOrDefault(s => s.Id == form.CategoryId)?.Label,
            hero, form.HeroImageAlt, await CaptionOfAsync(hero, cancellationToken),
            rendered.Html, TagNames.Parse(form.Tags).Select(t => t.Name).ToList(), rendered.ReadingMinutes);
    }

    /// <summary>The story as stored (what a preview link shows), or null.</summary>
    public async Task<StoryPreviewViewModel?> OfStoryAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Title, a.Dek, a.Language, Author = a.Author.DisplayName, a.CategoryId, a.HeroImageUrl, a.HeroImageAlt,
                a.BodyHtml, a.ReadingMinutes, Tags = a.Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Name).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }
        var identity = await site.GetAsync(cancellationToken);
        return new StoryPreviewViewModel(story.Title, story.Dek, story.Language, story.Author,
            identity.Sections.FirstOrDefault(s => s.Id == story.CategoryId)?.Label,
            story.HeroImageUrl, story.HeroImageAlt, await CaptionOfAsync(story.HeroImageUrl, cancellationToken),
            story.BodyHtml, story.Tags, story.ReadingMinutes);
    }

    /// <summary>An uploaded hero's caption and credit from the media library, as a body image's figure shows them.</summary>
    private async Task<string?> CaptionOfAsync(string? heroUrl, CancellationToken cancellationToken)
    {
        var prefix = MediaStore.RequestPath + "/";
        if (heroUrl is null || !heroUrl.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var name = heroUrl[prefix.Length..];
        var found = await db.MediaFiles.AsNoTracking().Where(m => m.StoredName == name)
            .Select(m => new { m.Caption, m.Credit }).FirstOrDefaultAsync(cancellationToken);
        var line = string.Join(" — ", new[] { found?.Caption, found?.Credit }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return line.Length == 0 ? null : line;
    }
}
