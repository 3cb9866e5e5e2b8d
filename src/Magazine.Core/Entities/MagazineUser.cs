using Microsoft.AspNetCore.Identity;

namespace Magazine.Core.Entities;

public class MagazineUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Turned off newsroom e-mails (review submitted, published, sent back); they are on until the person says otherwise.</summary>
    public bool NewsroomNoticesOff { get; set; }
}
