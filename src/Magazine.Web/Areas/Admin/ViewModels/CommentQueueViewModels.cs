using System.ComponentModel.DataAnnotations;
using Magazine.Core.Entities;
using Magazine.Web.Comments;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <summary>A comment as editors see it: with the commenter's private e-mail and the story it belongs to.</summary>
public sealed record QueuedComment(
    int Id,
    string AuthorName,
    string? AuthorEmail,
    bool HasAccount,
    string BodyHtml,
    DateTime CreatedAt,
    CommentStatus Status,
    bool IsDeleted,
    int? ParentId,
    string StoryTitle,
    string StoryUrl);

public sealed record CommentQueueViewModel(CommentStatus Status, ListPage<QueuedComment> Comments, IReadOnlyDictionary<CommentStatus, int> Counts);

/// <summary>One action over the ticked comments (or the one whose button was pressed).</summary>
public sealed class ModerationForm
{
    [Required]
    public ModerationAction? Action { get; set; }

    public List<int> Ids { get; set; } = [];

    /// <summary>The list to return to.</summary>
    public CommentStatus Status { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record CommentEditViewModel(QueuedComment Comment, CommentEditForm Form);

public sealed class CommentEditForm
{
    [Required(ErrorMessage = "A comment cannot be empty; delete it instead.")]
    [StringLength(CommentForm.MaxBodyLength, ErrorMessage = "A comment can be at most {1} characters.")]
    [Publishing.RenderableMarkdown(rawHtml: false, MaxLength = CommentForm.MaxBodyLength)]
    [Display(Name = "Comment (Markdown)")]
    public string? Body { get; set; }
}
