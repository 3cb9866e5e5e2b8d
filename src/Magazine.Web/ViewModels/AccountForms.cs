using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.ViewModels;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [Display(Name = "E-mail")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    /// <summary>Where to go after signing in; honoured only when it is an address on this site.</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

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

/// <summary>The first administrator, made in the browser through the one-time setup link.</summary>
public sealed class SetupForm
{
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name shown on your stories.")]
    [Display(Name = "Display name")]
    [StringLength(100)]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password, again")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
