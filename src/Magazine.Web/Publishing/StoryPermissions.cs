using Magazine.Core.Entities;
using Magazine.Web.Security;

namespace Magazine.Web.Publishing;

/// <summary>
/// Who may do what to a story. Editors and administrators: everything. Writers: their own
/// stories while they are drafts or in review, and submitting them; never publishing,
/// scheduling, unpublishing, nor anyone else's story.
/// </summary>
public static class StoryPermissions
{
    public static bool CanView(Actor actor, string? authorUserId) => actor.IsEditor || authorUserId == actor.UserId;

    public static bool CanEdit(Actor actor, ArticleStatus status, string? authorUserId) =>
        actor.IsEditor || (authorUserId == actor.UserId && status is ArticleStatus.Draft or ArticleStatus.InReview);

    public static bool CanTrash(Actor actor, ArticleStatus status, string? authorUserId) => CanEdit(actor, status, authorUserId);

    /// <summary>Restoring a story that was published would publish it again: an editor's call.</summary>
    public static bool CanRestore(Actor actor, ArticleStatus? statusBeforeTrash, string? authorUserId) =>
        actor.IsEditor || (authorUserId == actor.UserId && statusBeforeTrash != ArticleStatus.Published);

    public static bool CanPublish(Actor actor) => actor.IsEditor;
}
