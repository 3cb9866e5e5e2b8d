using System.Security.Claims;
using Magazine.Core.Entities;

namespace Magazine.Web.Security;

/// <summary>The signed-in newsroom member a change is made by, as the services need them.</summary>
public sealed record Actor(string UserId, string UserName, bool IsEditor, bool IsAdmin)
{
    public static Actor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in."),
        user.Identity?.Name ?? "",
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor),
        user.IsInRole(Roles.Admin));
}
