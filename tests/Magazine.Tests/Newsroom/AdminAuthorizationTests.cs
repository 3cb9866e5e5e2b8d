using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Newsroom;

/// <summary>
/// Walks every endpoint of the Admin area, as the app itself maps them, so an action added
/// without protection fails here without anyone having to remember to write its test.
/// </summary>
public sealed class AdminAuthorizationTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private sealed record AdminEndpoint(string Method, string Url, IReadOnlySet<string> Policies, string Action)
    {
        public bool EditorsOnly => Policies.Contains(Magazine.Web.Security.Policies.Editors) || AdminsOnly;
        public bool AdminsOnly => Policies.Contains(Magazine.Web.Security.Policies.Admins);
        public override string ToString() => $"{Method} {Url} ({Action})";
    }

    private List<AdminEndpoint> Endpoints()
    {
        app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action && action.RouteValues.TryGetValue("area", out var area) && area == "Admin")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new AdminEndpoint(
                method,
                UrlOf(e.RoutePattern),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToHashSet(),
                e.Metadata.GetMetadata<ControllerActionDescriptor>()!.DisplayName ?? "")))
            .ToList();
    }

    /// <summary>A concrete address for a route pattern: ids that match no row, which is enough to reach the policy.</summary>
    private static string UrlOf(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "999999",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "alpha") => "drafts",
            RoutePatternParameterPart => "no-such-thing",
            _ => "",
        }))));

    private static HttpRequestMessage RequestTo(AdminEndpoint endpoint) =>
        new(new HttpMethod(endpoint.Method), endpoint.Url)
        {
            Content = endpoint.Method == "GET" ? null : new FormUrlEncodedContent([]),
        };

    /// <summary>
    /// Who each admin controller is for. A new controller fails the build until it is listed
    /// here, so its audience is a decision someone wrote down, not a default.
    /// </summary>
    private static readonly Dictionary<string, string> ControllerPolicies = new()
    {
        ["Dashboard"] = Policies.Newsroom,
        ["Stories"] = Policies.Newsroom,
        ["Media"] = Policies.Newsroom,
        ["Pages"] = Policies.Editors,
        ["Comments"] = Policies.Editors,
        ["Sections"] = Policies.Editors,
        ["Tags"] = Policies.Editors,
        ["FollowUp"] = Policies.Editors,
        ["Newsletter"] = Policies.Editors,
        ["Users"] = Policies.Admins,
        ["Settings"] = Policies.Admins,
        ["Import"] = Policies.Admins,
    };

    [Fact]
    public void EveryAdminControllerHasTheAudienceWrittenDownForIt()
    {
        app.CreateClient();
        var actions = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null && x.Action.RouteValues.TryGetValue("area", out var area) && area == "Admin")
            .ToList();
        var wrong = new List<string>();
        foreach (var (endpoint, action) in actions)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
            if (!ControllerPolicies.TryGetValue(action!.ControllerName, out var expected))
            {
                wrong.Add($"{action.ControllerName}: not listed in ControllerPolicies");
            }
            else if (!policies.Contains(expected) || !policies.Contains(Policies.Newsroom))
            {
                wrong.Add($"{action.DisplayName}: expected {expected}, has {string.Join(", ", policies)}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryAdminActionRequiresAtLeastTheNewsroomPolicy()
    {
        var endpoints = Endpoints();

        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} admin endpoints found: is the area still mapped?");
        Assert.DoesNotContain(endpoints, e => !e.Policies.Contains(Policies.Newsroom));
        Assert.Contains(endpoints, e => e.AdminsOnly);
        Assert.Contains(endpoints, e => e.EditorsOnly && !e.AdminsOnly);
    }

    [Fact]
    public async Task AnonymousIsSentToSignInFromEveryAdminAction()
    {
        var client = app.CreateSecureClient();
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var response = await client.SendAsync(RequestTo(endpoint));
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.AbsolutePath != "/account/signin")
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task ReaderIsForbiddenEveryAdminAction()
    {
        var (client, _) = await app.SignedInAsync(Roles.Reader);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var response = await client.SendAsync(RequestTo(endpoint));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task WriterIsForbiddenExactlyTheEditorAndAdminActions()
    {
        var (client, _) = await app.SignedInAsync(Roles.Writer);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var response = await client.SendAsync(RequestTo(endpoint));
            var forbidden = response.StatusCode == HttpStatusCode.Forbidden;
            var sentAway = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/account/signin";
            if (endpoint.EditorsOnly != forbidden || sentAway)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task EditorIsForbiddenExactlyTheAdminActions()
    {
        var (client, _) = await app.SignedInAsync(Roles.Editor);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var response = await client.SendAsync(RequestTo(endpoint));
            if (endpoint.AdminsOnly != (response.StatusCode == HttpStatusCode.Forbidden))
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task AdministratorIsForbiddenNothing()
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var response = await client.SendAsync(RequestTo(endpoint));
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/new")]
    [InlineData("/admin/settings")]
    public async Task WriterAndEditorAreRefusedUsersAndSettings(string url)
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (admin, _) = await app.SignedInAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/admin/sections")]
    [InlineData("/admin/tags")]
    [InlineData("/admin/pages")]
    public async Task WriterIsRefusedSectionsTagsAndPagesThatEditorsManage(string url)
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/stories")]
    [InlineData("/admin/stories/new")]
    [InlineData("/admin/media")]
    public async Task WriterReachesTheNewsroomPages(string url)
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync(url)).StatusCode);
    }
}
