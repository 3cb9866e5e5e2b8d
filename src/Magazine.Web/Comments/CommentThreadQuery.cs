using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Comments;

/// <summary>The approved comments of one story, oldest first, arranged into threads.</summary>
public sealed class CommentThreadQuery(MagazineDbContext db)
{
    private const int DeepestLevel = 2;

    // Removed comments come too: one with live replies stays as a marker. Compiled: the story
    // page is the commonest render (see Queries/StoryPageStatements).
    private static readonly Queries.CompiledPerModel<Func<MagazineDbContext, int, IAsyncEnumerable<CommentViewModel>>> ApprovedComments = new(() =>
        EF.CompileAsyncQuery((MagazineDbContext db, int articleId) => db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentViewModel(
                c.Id,
                c.AuthorName,
                c.DeletedAt == null ? c.BodyHtml : "",
                c.DeletedAt == null ? c.BodyMarkdown : "",
                c.CreatedAt,
                c.DeletedAt != null,
                c.UpdatedAt != null,
                c.UserId,
                c.ParentId))));

    public async Task<IReadOnlyList<CommentViewModel>> LoadAsync(int articleId, CancellationToken cancellationToken)
    {
        var rows = await ApprovedComments.For(db)(db, articleId).ToListAsync(cancellationToken);
        return Arrange(rows);
    }

    /// <summary>
    /// Builds the threads from comments in chronological order (a reply always follows its
    /// parent). Replies below the third level are attached beside their parent at that
    /// level, so a long exchange reads down the page instead of marching off it.
    /// </summary>
    internal static List<CommentViewModel> Arrange(IReadOnlyList<CommentViewModel> chronological)
    {
        var kept = KeepVisible(chronological);
        var byId = new Dictionary<int, CommentViewModel>();
        var holderOf = new Dictionary<int, CommentViewModel>();
        var roots = new List<CommentViewModel>();
        foreach (var comment in chronological.Where(c => kept.Contains(c.Id)))
        {
            byId[comment.Id] = comment;
            if (comment.ParentId is not { } parentId || !byId.TryGetValue(parentId, out var parent))
            {
                comment.Level = 0;
                roots.Add(comment);
                continue;
            }
            var holder = parent.Level < DeepestLevel ? parent : holderOf[parent.Id];
            comment.Level = Math.Min(parent.Level + 1, DeepestLevel);
            holder.Replies.Add(comment);
            holderOf[comment.Id] = holder;
        }
        return roots;
    }

    /// <summary>Live comments, and removed ones that still have a live reply somewhere below them.</summary>
    private static HashSet<int> KeepVisible(IReadOnlyList<CommentViewModel> chronological)
    {
        var kept = new HashSet<int>();
        var withKeptReplies = new HashSet<int>();
        for (var i = chronological.Count - 1; i >= 0; i--)
        {
            var comment = chronological[i];
            if (!comment.IsRemoved || withKeptReplies.Contains(comment.Id))
            {
                kept.Add(comment.Id);
                if (comment.ParentId is { } parentId)
                {
                    withKeptReplies.Add(parentId);
                }
            }
        }
        return kept;
    }
}
