using System.ComponentModel.DataAnnotations;

namespace Magazine.Web.Areas.Admin.ViewModels;

/// <param name="Invited">Invited and not yet accepted: the account has no password.</param>
public sealed record UserRow(string Id, string Email, string? DisplayName, string? Role, bool IsLocked, DateTime CreatedAt, bool Invited = false);

public sealed record UsersViewModel(IReadOnlyList<UserRow> Users, string CurrentUserId, TimeZoneInfo TimeZone);

public sealed class NewUserForm
{
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name shown on their stories.")]
    [Display(Name = "Display name")]
    [StringLength(100)]
    public string DisplayName { get; set; } = "";

    [Required]
    public string Role { get; set; } = Core.Entities.Roles.Writer;
}
