using System.Text.RegularExpressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Media;

/// <summary>
/// Writes which uploads a story or page shows, in the same unit of work as its save, so the
/// media library never has to read story text to know what an image is used by.
/// </summary>
/// <remarks>
/// A story names an image by address: a processed upload by any of its files
/// (<c>/media/{key}-…</c>, so a body image at 640 px counts), an upload made before processing
/// by its stored name. Addresses anywhere in the source count, absolute ones included.
/// </remarks>
public sealed partial class MediaUseRecorder(MagazineDbContext db)
{
    /// <summary>Call before <c>SaveChanges</c>, after the hero and source are set; a new story gets its uses with its first save.</summary>
    public async Task RecordAsync(Article article, CancellationToken cancellationToken)
    {
        var used = await UsedIdsAsync(article.HeroImageUrl + " " + article.BodyMarkdown, cancellationToken);
        var recorded = article.Id == 0 ? [] : await db.ArticleMediaUses.Where(u => u.ArticleId == article.Id).ToListAsync(cancellationToken);
        db.ArticleMediaUses.RemoveRange(recorded.Where(u => !used.Contains(u.MediaFileId)));
        db.ArticleMediaUses.AddRange(used.Except(recorded.Select(u => u.MediaFileId))
            .Select(id => new ArticleMediaUse { Article = article, MediaFileId = id }));
    }

    public async Task RecordAsync(Page page, CancellationToken cancellationToken)
    {
        var used = await UsedIdsAsync(page.BodyMarkdown + "\n" + page.ArabicBodyMarkdown, cancellationToken);
        var recorded = page.Id == 0 ? [] : await db.PageMediaUses.Where(u => u.PageId == page.Id).ToListAsync(cancellationToken);
        db.PageMediaUses.RemoveRange(recorded.Where(u => !used.Contains(u.MediaFileId)));
        db.PageMediaUses.AddRange(used.Except(recorded.Select(u => u.MediaFileId))
            .Select(id => new PageMediaUse { Page = page, MediaFileId = id }));
    }

    private async Task<HashSet<int>> UsedIdsAsync(string source, CancellationToken cancellationToken)
    {
        var names = MediaAddress().Matches(source).Select(m => m.Groups["name"].Value).Distinct().ToList();
        if (names.Count == 0)
        {
            return [];
        }
        var keys = names.Select(KeyOf).OfType<string>().Distinct().ToList();
        var ids = await db.MediaFiles.AsNoTracking()
            .Where(m => (m.ContentKey != null && keys.Contains(m.ContentKey)) || names.Contains(m.StoredName))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        return [.. ids];
    }

    private static string? KeyOf(string name) =>
        name.Length > MediaStore.KeyLength && name[MediaStore.KeyLength] == '-' && name[..MediaStore.KeyLength].All(char.IsAsciiHexDigitLower)
            ? name[..MediaStore.KeyLength]
            : null;

    [GeneratedRegex(@"/media/(?<name>[A-Za-z0-9][A-Za-z0-9._-]{0,99})", RegexOptions.CultureInvariant)]
    private static partial Regex MediaAddress();
}
