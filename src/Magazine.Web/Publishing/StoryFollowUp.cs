using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Publishing;

/// <summary>
/// What editors add to a story once it is out, without editing it: correction and update
/// notes, and live coverage with its short updates. Text goes through the stories' renderer
/// and sanitizer, as a story's body does. Saves evict the story's cached pages
/// (<see cref="Caching.ReaderChanges"/>).
/// </summary>
public sealed class StoryFollowUp(MagazineDbContext db, StoryRenderer renderer, SiteIdentityProvider site, TimeProvider clock)
{
    public async Task<AdminResult> AddNoteAsync(int storyId, NoteForm form, Actor actor, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(storyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await RenderAsync(form.Text, cancellationToken) is not { } rendered)
        {
            return AdminResult.Invalid(nameof(NoteForm.Text), "Say what was wrong and what is right, or what changed.");
        }
        var note = new StoryNote
        {
            ArticleId = storyId,
            Kind = form.Kind,
            BodyMarkdown = form.Text,
            BodyHtml = rendered.Html,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByName = actor.UserName,
        };
        db.StoryNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(note.Id);
    }

    /// <summary>Hides the note from readers and keeps it, with who removed it and when, for the newsroom.</summary>
    public async Task<AdminResult> RemoveNoteAsync(int storyId, int noteId, Actor actor, CancellationToken cancellationToken)
    {
        var note = await db.StoryNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.ArticleId == storyId, cancellationToken);
        if (note is null)
        {
            return AdminResult.NotFound;
        }
        if (note.RemovedAt is not null)
        {
            return AdminResult.Conflict("This note was already removed.");
        }
        note.RemovedAt = clock.GetUtcNow().UtcDateTime;
        note.RemovedByName = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(noteId);
    }

    public async Task<AdminResult> SetLiveAsync(int storyId, bool live, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(storyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var story = await db.Articles.FirstAsync(a => a.Id == storyId, cancellationToken);
        if ((story.LiveSince is not null) == live)
        {
            return AdminResult.Done(storyId);
        }
        story.LiveSince = live ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(storyId);
    }

    public async Task<AdminResult> AddLiveUpdateAsync(int storyId, LiveUpdateForm form, Actor actor, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(storyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!await db.Articles.AnyAsync(a => a.Id == storyId && a.LiveSince != null, cancellationToken))
        {
            return AdminResult.Conflict("Mark the story as live before adding updates.");
        }
        if (await RenderAsync(form.Text, cancellationToken) is not { } rendered)
        {
            return AdminResult.Invalid(nameof(LiveUpdateForm.Text), "An update needs some text.");
        }
        var update = new LiveUpdate
        {
            ArticleId = storyId,
            BodyMarkdown = form.Text,
            BodyHtml = rendered.Html,
            BodyText = rendered.Text,
            PostedAt = clock.GetUtcNow().UtcDateTime,
            PostedByName = actor.UserName,
        };
        db.LiveUpdates.Add(update);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done(update.Id);
    }

    /// <summary>The text as readers will see it, or null when nothing is left to show (only markup, or only what the sanitizer removed).</summary>
    private async Task<RenderedContent?> RenderAsync(string? markdown, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(markdown, (await site.GetAsync(cancellationToken)).EmbedHosts);
        return string.IsNullOrWhiteSpace(rendered.Text) ? null : rendered;
    }

    /// <summary>Notes and live updates are for stories readers can see; a draft is simply edited.</summary>
    private async Task<AdminResult?> PublishedAsync(int storyId, CancellationToken cancellationToken)
    {
        var status = await db.Articles.Where(a => a.Id == storyId).Select(a => (ArticleStatus?)a.Status).FirstOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => AdminResult.NotFound,
            ArticleStatus.Published => null,
            _ => AdminResult.Conflict("Only a published story takes corrections, updates and live coverage; edit a draft instead."),
        };
    }
}
