using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>A story or standalone page that shows an image, as its hero or in its text.</summary>
public sealed record MediaUse(string Reference, int Id, string Title, bool IsPage);

/// <summary>
/// Where images are used. Stories name an image by address, so a use is a story whose hero
/// address or Markdown contains the image's address prefix (<see cref="ReferenceOf"/>),
/// trashed and draft stories included: deleting the image would break them when restored.
/// </summary>
/// <remarks>
/// One query for a whole page of images; it reads story text, which is fine for the newsroom's
/// media page. Should archives grow past that, a table of uses kept at each save replaces it.
/// </remarks>
public sealed class MediaUsage(MagazineDbContext db)
{
    /// <summary>What every address of the image starts with.</summary>
    public static string ReferenceOf(MediaFile file) =>
        file.ContentKey is { } key ? $"{MediaStore.RequestPath}/{key}-" : MediaStore.UrlOf(file.StoredName);

    public async Task<ILookup<string, MediaUse>> OfAsync(IReadOnlyCollection<MediaFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return Array.Empty<MediaUse>().ToLookup(u => u.Reference);
        }
        var references = files.Select(ReferenceOf).Distinct().ToList();
        // Only the stories that use one of these images come back, with their text, to tell which.
        var stories = await db.Articles.AsNoTracking()
            .Where(a => references.Any(r => (a.HeroImageUrl != null && a.HeroImageUrl.StartsWith(r)) || a.BodyMarkdown.Contains(r)))
            .Select(a => new { a.Id, a.Title, a.HeroImageUrl, a.BodyMarkdown })
            .ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking()
            .Where(p => references.Any(r => p.BodyMarkdown.Contains(r)))
            .Select(p => new { p.Id, p.Title, p.BodyMarkdown })
            .ToListAsync(cancellationToken);
        var uses = new List<MediaUse>();
        foreach (var reference in references)
        {
            uses.AddRange(stories
                .Where(s => (s.HeroImageUrl?.StartsWith(reference, StringComparison.Ordinal) ?? false) || s.BodyMarkdown.Contains(reference, StringComparison.Ordinal))
                .Select(s => new MediaUse(reference, s.Id, s.Title, false)));
            uses.AddRange(pages
                .Where(p => p.BodyMarkdown.Contains(reference, StringComparison.Ordinal))
                .Select(p => new MediaUse(reference, p.Id, p.Title, true)));
        }
        return uses.OrderBy(u => u.Title, StringComparer.CurrentCulture).ToLookup(u => u.Reference);
    }
}
