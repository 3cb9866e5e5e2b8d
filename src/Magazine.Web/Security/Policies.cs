using Magazine.Core.Entities;
using Microsoft.AspNetCore.Authorization;

namespace Magazine.Web.Security;

/// <summary>
/// One authorization policy per group of roles. Every admin controller names one (the base
/// <c>AdminController</c> requires <see cref="Newsroom"/>); editor- and admin-only
/// controllers or actions add <see cref="Editors"/> or <see cref="Admins"/> on top.
/// </summary>
public static class Policies
{
    public const string Newsroom = "Newsroom";
    public const string Editors = "Editors";
    public const string Admins = "Admins";

    public static AuthorizationBuilder AddMagazinePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Newsroom, policy => policy.RequireRole(Roles.Newsroom))
        .AddPolicy(Editors, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
        .AddPolicy(Admins, policy => policy.RequireRole(Roles.Admin));
}
