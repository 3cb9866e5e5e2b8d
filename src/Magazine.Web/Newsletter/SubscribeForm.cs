using System.ComponentModel.DataAnnotations;
using Magazine.Core.Entities;

namespace Magazine.Web.Newsletter;

/// <summary>The sign-up form, on its page and (e-mail only, the edition's own choices) in every footer.</summary>
public sealed class SubscribeForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "That does not look like an e-mail address.")]
    [StringLength(256)]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Display(Name = "English edition")]
    public bool English { get; set; }

    [Display(Name = "Arabic edition")]
    public bool Arabic { get; set; }

    public DigestFrequency Frequency { get; set; } = DigestFrequency.Daily;

    /// <summary>The footer's form names no edition: the one it was posted from is meant.</summary>
    public bool FromFooter { get; set; }
}

public sealed record UnsubscribeViewModel(string Token, bool Done);
