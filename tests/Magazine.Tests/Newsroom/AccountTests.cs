using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Newsroom;

public sealed class AccountTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task AnonymousAdminRedirectsToSignIn()
    {
        var response = await app.CreateSecureClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin?ReturnUrl=%2Fadmin", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task EditorMadeOnTheCommandLineSignsInAndReachesTheDashboard()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.com";
        var (exit, output, _) = await app.RunVerbAsync("create-user", "--email", email, "--password", NewsroomClient.Password, "--role", "Editor");
        Assert.Equal(0, exit);
        Assert.Contains(email, output);
        var client = app.CreateSecureClient();

        var signIn = await client.SignInAsync(email, NewsroomClient.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var dashboard = await client.GetDocumentAsync("/admin");
        Assert.Equal("Dashboard", dashboard.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    public async Task SignInNeverSendsAnyoneOffSite(string returnUrl)
    {
        var user = await app.CreateUserAsync(Roles.Writer);

        var response = await app.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInReturnsToTheLocalPageAsked()
    {
        var user = await app.CreateUserAsync(Roles.Writer);

        var response = await app.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password, "/admin/stories/new");

        Assert.Equal("/admin/stories/new", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedOnTheForm()
    {
        var user = await app.CreateUserAsync(Roles.Editor);
        var client = app.CreateSecureClient();

        var response = await client.SignInAsync(user.Email!, "not-the-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("do not match", page.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AfterSixWrongPasswordsThatClientWaitsButTheAccountIsNotLocked()
    {
        using var site = new MagazineFactory().With("Magazine:SignInThrottle:Enabled", "true").BehindAProxy();
        var user = await site.CreateUserAsync(Roles.Editor);
        var client = site.CreateClientAt("203.0.113.9");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await client.SignInAsync(user.Email!, $"wrong-password-{attempt}");
        }

        var sameClient = await client.SignInAsync(user.Email!, NewsroomClient.Password);
        var otherClient = site.CreateClientAt("198.51.100.9");
        var fromElsewhere = await otherClient.SignInAsync(user.Email!, NewsroomClient.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Contains("too many attempts", Html.Parse(await sameClient.Content.ReadAsStringAsync()).QuerySelector(".form-errors")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync("/admin")).StatusCode);
        Assert.Null(await site.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task OneClientTryingManySignInsIsSlowedDown()
    {
        using var site = new MagazineFactory().With("Magazine:SignInAttemptsPerMinute", "3");
        var client = site.CreateSecureClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"guess-{attempt}@example.com", "wrong-password-1")).StatusCode);
        }

        var response = await client.SignInAsync("guess-4@example.com", "wrong-password-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Slow down", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        var (client, _) = await app.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var response = await client.PostFormAsync("/account/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignOutRefusesAPostWithoutAntiforgeryToken()
    {
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task ChangedPasswordReplacesTheOldOne()
    {
        var (client, user) = await app.SignedInAsync(Roles.Writer);
        const string newPassword = "a-new-password-7";

        var response = await client.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = NewsroomClient.Password,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateSecureClient().SignInAsync(user.Email!, newPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangePasswordRefusesAWrongCurrentPassword()
    {
        var (client, _) = await app.SignedInAsync(Roles.Writer);

        var response = await client.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = "not-my-password-1",
            ["NewPassword"] = "a-new-password-7",
            ["ConfirmPassword"] = "a-new-password-7",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Incorrect password", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReaderSignsInToTheSiteButNotTheNewsroom()
    {
        var reader = await app.CreateUserAsync(Roles.Reader);
        var client = app.CreateSecureClient();

        var signIn = await client.SignInAsync(reader.Email!, NewsroomClient.Password);
        var admin = await client.GetAsync("/admin");

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal("Not allowed", Html.Parse(await admin.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }
}
