using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.Accounts;

public sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Please give your e-mail address.")]
    [EmailAddress(ErrorMessage = "That does not look like an e-mail address.")]
    [StringLength(256)]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }
}

/// <summary>A new password from a link: a reset (user and Identity token) or an invitation (signed token).</summary>
public sealed class SetPasswordForm
{
    public string? User { get; set; }
    public string? Token { get; set; }

    [Required(ErrorMessage = "Choose a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "The new password needs at least 10 characters.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Repeat the new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password, again")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class NoticesForm
{
    /// <summary>Shown, never bound: whether the account's address is confirmed.</summary>
    public bool AddressConfirmed { get; init; }

    public bool InNewsroom { get; init; }

    [Display(Name = "E-mail me when a story moves: submitted for review (editors), published, scheduled or sent back (its writer)")]
    public bool Enabled { get; set; }
}
