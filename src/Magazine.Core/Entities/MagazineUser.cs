using Microsoft.AspNetCore.Identity;

namespace Magazine.Core.Entities;

public class MagazineUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
}
