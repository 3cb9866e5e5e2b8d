using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>Comments keep their thread: a reply hangs under its parent, one level deeper.</summary>
internal sealed partial class ImportRun
{
    /// <returns>False when the comment's post or parent has not been met yet and <paramref name="final"/> is false.</returns>
    private bool TryAddComment(SourceComment source, bool final)
    {
        if (_comments.Contains(source.ExternalId))
        {
            report.Skipped(ImportReport.Comments, source.ExternalId, "already imported");
            return true;
        }
        var articleKey = source.TargetIds.FirstOrDefault(_articles.Contains);
        var pageKey = articleKey is null ? source.TargetIds.FirstOrDefault(_pages.Contains) : null;
        if (articleKey is null && pageKey is null)
        {
            if (final)
            {
                report.Skipped(ImportReport.Comments, source.ExternalId, "its post or page is not in the export, or was not imported");
            }
            return final;
        }
        var parentKnown = source.ParentId is not null && _comments.Contains(source.ParentId);
        if (source.ParentId is not null && !parentKnown)
        {
            if (!final)
            {
                return false;
            }
            report.Note($"Comment {source.ExternalId} replies to {source.ParentId}, which is not in the export: kept as a top-level comment.");
        }
        var markdown = source.Markdown ?? CommentMarkdown.FromHtml(source.Html);
        var comment = new Comment
        {
            AuthorName = ImportedText.Clip(source.AuthorName.Trim(), 80),
            AuthorEmail = ImportedText.ClipOrNull(source.AuthorEmail, 256),
            AuthorUrl = ImportedText.WebAddress(source.AuthorUrl, 500),
            BodyMarkdown = markdown,
            BodyHtml = comments.Render(markdown),
            Status = source.Status,
            CreatedAt = source.CreatedAt,
            DeletedAt = source.DeletedAt,
            ExternalId = source.ExternalId,
        };
        if (articleKey is not null)
        {
            if (_articles.Added.TryGetValue(articleKey, out var article)) comment.Article = article;
            else comment.ArticleId = _articles.Saved[articleKey];
        }
        else
        {
            if (_pages.Added.TryGetValue(pageKey!, out var page)) comment.Page = page;
            else comment.PageId = _pages.Saved[pageKey!];
        }
        if (parentKnown)
        {
            if (_comments.Added.TryGetValue(source.ParentId!, out var parent)) comment.Parent = parent;
            else comment.ParentId = _comments.Saved[source.ParentId!];
            comment.Depth = _commentDepths[source.ParentId!] + 1;
            report.Replies++;
        }
        _commentDepths[source.ExternalId] = comment.Depth;
        db.Comments.Add(comment);
        _comments.Added[source.ExternalId] = comment;
        _unsaved++;
        report.Imported(ImportReport.Comments);
        switch (comment.Status)
        {
            case CommentStatus.Approved: report.ApprovedComments++; break;
            case CommentStatus.Spam: report.SpamComments++; break;
            default: report.HeldComments++; break;
        }
        return true;
    }
}
