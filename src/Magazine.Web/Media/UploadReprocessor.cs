using System.Security.Cryptography;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>What happened to one upload made before processing: its new address, or why it was left as it was.</summary>
public sealed record ReprocessedUpload(string OldName, string? NewUrl, int StoriesChanged, string? Problem);

/// <summary>
/// Brings uploads stored as they came (before images were processed at upload) to what an
/// upload gets today: the same processing, the stories and pages that show them pointed at
/// the new address, and the old file, with its metadata, removed. Then every story and page
/// that shows an upload is rendered again, so its stored HTML carries the sizes that exist now,
/// and its uses are recorded again.
/// </summary>
public sealed class UploadReprocessor(
    MagazineDbContext db, DataPaths paths, ImageProcessor processor, StoryRenderer renderer, SiteIdentityProvider site, MediaUseRecorder mediaUses)
{
    private const int RefreshBatch = 200;

    public async Task<IReadOnlyList<ReprocessedUpload>> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var results = new List<ReprocessedUpload>();
        var unprocessed = await db.MediaFiles.Where(m => m.ContentKey == null).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var file in unprocessed)
        {
            results.Add(await ReprocessAsync(file, dryRun, cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// Renders again the stored HTML of every story and page that names an upload, and records
    /// what they use: the sizes written into a body at save are those of the ladder then.
    /// In batches, so a large archive is never held in memory at once.
    /// </summary>
    public async Task<int> RefreshStoriesAsync(CancellationToken cancellationToken)
    {
        var embedHosts = (await site.GetAsync(cancellationToken)).EmbedHosts;
        var refreshed = 0;
        for (var after = 0; ;)
        {
            var stories = await db.Articles
                .Where(a => a.Id > after && ((a.HeroImageUrl != null && a.HeroImageUrl.Contains(MediaStore.RequestPath + "/")) || a.BodyMarkdown.Contains(MediaStore.RequestPath + "/")))
                .OrderBy(a => a.Id).Take(RefreshBatch).ToListAsync(cancellationToken);
            if (stories.Count == 0)
            {
                break;
            }
            foreach (var story in stories)
            {
                story.RenderBody(renderer, embedHosts);
                await mediaUses.RecordAsync(story, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            refreshed += stories.Count;
            after = stories[^1].Id;
        }
        for (var after = 0; ;)
        {
            var pages = await db.Pages
                .Where(p => p.Id > after && p.BodyMarkdown.Contains(MediaStore.RequestPath + "/"))
                .OrderBy(p => p.Id).Take(RefreshBatch).ToListAsync(cancellationToken);
            if (pages.Count == 0)
            {
                break;
            }
            foreach (var page in pages)
            {
                page.RenderBody(renderer, embedHosts);
                await mediaUses.RecordAsync(page, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            refreshed += pages.Count;
            after = pages[^1].Id;
        }
        return refreshed;
    }

    private async Task<ReprocessedUpload> ReprocessAsync(MediaFile file, bool dryRun, CancellationToken cancellationToken)
    {
        var source = Path.Combine(paths.Uploads, file.StoredName);
        if (!File.Exists(source))
        {
            return new ReprocessedUpload(file.StoredName, null, 0, "the file is missing from the uploads folder");
        }
        var oldUrl = MediaStore.UrlOf(file.StoredName);
        if (dryRun)
        {
            return new ReprocessedUpload(file.StoredName, null, await UsersOf(oldUrl).CountAsync(cancellationToken), null);
        }

        string key;
        await using (var read = File.OpenRead(source))
        {
            key = MediaStore.KeyOf(await SHA256.HashDataAsync(read, cancellationToken));
        }
        var same = await db.MediaFiles.FirstOrDefaultAsync(m => m.ContentKey == key, cancellationToken);
        string newUrl;
        if (same is not null)
        {
            // Uploaded again since: the processed copy takes over, and this record goes.
            newUrl = MediaStore.UrlOf(same.StoredName);
            db.MediaFiles.Remove(file);
        }
        else
        {
            var outcome = await processor.ProcessAsync(source, paths.Uploads, key, cancellationToken);
            if (outcome.Refused is { } refused)
            {
                return new ReprocessedUpload(file.StoredName, null, 0, string.Format(refused.Error, refused.Arguments));
            }
            MediaStore.Record(file, key, outcome.Image!);
            newUrl = MediaStore.UrlOf(file.StoredName);
        }

        var embedHosts = (await site.GetAsync(cancellationToken)).EmbedHosts;
        var stories = await UsersOf(oldUrl).ToListAsync(cancellationToken);
        foreach (var story in stories)
        {
            if (story.HeroImageUrl == oldUrl)
            {
                story.HeroImageUrl = newUrl;
            }
            if (story.BodyMarkdown.Contains(oldUrl, StringComparison.Ordinal))
            {
                story.BodyMarkdown = story.BodyMarkdown.Replace(oldUrl, newUrl, StringComparison.Ordinal);
                story.RenderBody(renderer, embedHosts);
            }
        }
        var pages = await db.Pages.Where(p => p.BodyMarkdown.Contains(oldUrl)).ToListAsync(cancellationToken);
        foreach (var page in pages)
        {
            page.BodyMarkdown = page.BodyMarkdown.Replace(oldUrl, newUrl, StringComparison.Ordinal);
            page.RenderBody(renderer, embedHosts);
        }
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(source);
        return new ReprocessedUpload(file.StoredName, newUrl, stories.Count + pages.Count, null);
    }

    private IQueryable<Article> UsersOf(string url) =>
        db.Articles.Where(a => a.HeroImageUrl == url || a.BodyMarkdown.Contains(url));
}
