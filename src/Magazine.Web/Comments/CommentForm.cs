using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.Comments;

/// <summary>What a reader submits under a story. Only these fields are bound; status, HTML and ownership are decided by the server.</summary>
public sealed class CommentForm
{
    public const int MaxBodyLength = 5000;
    public const int MaxNameLength = 80;

    public int ArticleId { get; set; }
    public int? ParentId { get; set; }

    [StringLength(MaxNameLength, ErrorMessage = "Your name can be at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [EmailAddress(ErrorMessage = "That does not look like an e-mail address.")]
    [StringLength(256)]
    [Display(Name = "E-mail (optional, never shown)")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Please write a comment.")]
    [StringLength(MaxBodyLength, MinimumLength = 1, ErrorMessage = "A comment can be at most {1} characters.")]
    [Display(Name = "Comment")]
    public string? Body { get; set; }

    /// <summary>Tell this commenter of replies by e-mail (their form's address, or their account's).</summary>
    public bool NotifyReplies { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by naive bots.</summary>
    public string? Website { get; set; }

    /// <summary>Protected time at which the form was shown, to refuse posts made faster than a person types.</summary>
    public string? Shown { get; set; }
}
