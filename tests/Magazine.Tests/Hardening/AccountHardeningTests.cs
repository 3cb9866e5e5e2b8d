using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Magazine.Tests.Hardening;

/// <summary>The account attacks of the second security review, replayed through the forms.</summary>
public sealed class AccountHardeningTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Theory]
    [InlineData("/مقال", "/%D9%85%D9%82%D8%A7%D9%84")]
    [InlineData("/\u3002evil.example", "/%E3%80%82evil.example")]
    [InlineData("/search?q=خبر#top", "/search?q=%D8%AE%D8%A8%D8%B1#top")]
    [InlineData("/admin/stories/new", "/admin/stories/new")]
    [InlineData("/a%20b", "/a%20b")]
    [InlineData("/100%", "/100%25")]
    [InlineData("//evil.example", "/admin")]
    [InlineData("/\\evil.example", "/admin")]
    [InlineData("\\\\evil.example", "/admin")]
    [InlineData("/%2F%2Fevil.example", "/admin")]
    [InlineData("/%5Cevil.example", "/admin")]
    [InlineData("https://evil.example", "/admin")]
    [InlineData(" //evil.example", "/admin")]
    [InlineData("/a\tb", "/admin")]
    public async Task SignInGoesBackOnlyToALocalEncodedAddress(string returnUrl, string expected)
    {
        var user = await app.CreateUserAsync(Roles.Writer);

        var response = await app.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/مقال", "/%D9%85%D9%82%D8%A7%D9%84")]
    [InlineData("/\u3002evil.example", "/%E3%80%82evil.example")]
    [InlineData("//evil.example", "/")]
    public async Task RegistrationGoesBackOnlyToALocalEncodedAddress(string returnUrl, string expected)
    {
        var client = app.CreateSecureClient();

        var response = await client.PostFormAsync("/account/register", new()
        {
            ["DisplayName"] = "Reader",
            ["Email"] = $"reader-{Guid.NewGuid():N}@example.com",
            ["Password"] = NewsroomClient.Password,
            ["ConfirmPassword"] = NewsroomClient.Password,
            ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ACopiedCookieStopsWorkingAfterSignOut()
    {
        var user = await app.CreateUserAsync(Roles.Editor);
        var browser = app.CreateSecureClient();
        var signIn = await browser.SignInAsync(user.Email!, NewsroomClient.Password);
        var copied = string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("magazine.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
        Assert.NotEmpty(copied);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copied, "/admin")).StatusCode);

        var signOut = await browser.PostFormAsync("/account/signout", new());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = await WithCookieAsync(copied, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/signin", replay.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error")]
    public async Task ErrorPagesAskedForDirectlyAreNotFound(string url)
    {
        var response = await app.CreateSecureClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MissingPagesStillGetTheSiteErrorPage()
    {
        var response = await app.CreateSecureClient().GetAsync("/no-such-page-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryCookieIsSecureOutsideDevelopment()
    {
        var response = await app.CreateSecureClient().GetAsync("/account/signin");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string url)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
