namespace Magazine.Core.Entities;

/// <summary>
/// Where a story stands in the newsroom. Only <see cref="Published"/> stories whose
/// publish time has passed reach readers; a scheduled story is stored as Published with a
/// future PublishedAt, so it appears on time without a background job.
/// </summary>
public enum ArticleStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Trashed = 3,
}
