using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.Accounts;

/// <summary>A reader's own account, for commenting under their name. It carries no newsroom rights.</summary>
public sealed class RegisterForm
{
    [Required(ErrorMessage = "Please give the name to show with your comments.")]
    [StringLength(80, ErrorMessage = "A name can be at most {1} characters.")]
    [Display(Name = "Name shown with your comments")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Please give your e-mail address.")]
    [EmailAddress(ErrorMessage = "That does not look like an e-mail address.")]
    [StringLength(256)]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Please choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "A password needs at least {2} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }
}
