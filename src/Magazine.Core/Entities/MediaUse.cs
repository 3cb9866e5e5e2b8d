namespace Magazine.Core.Entities;

/// <summary>
/// A story that shows an upload, as its hero or in its text: written at each save, so the
/// media library answers "where is this used?" without reading any story.
/// </summary>
public class ArticleMediaUse
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int MediaFileId { get; set; }
}

/// <summary>A standalone page that shows an upload in its text, written at each save.</summary>
public class PageMediaUse
{
    public int PageId { get; set; }
    public Page Page { get; set; } = null!;
    public int MediaFileId { get; set; }
}
