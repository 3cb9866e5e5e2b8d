using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

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
        var email = $"reader-{Guid.NewGuid():N}@example.com";

        var registered = await RegisterAsync(client, email, NewsroomClient.Password, returnUrl);
        var signInPage = await client.GetDocumentAsync(registered.Headers.Location!.OriginalString);
        var signIn = await client.SignInAsync(email, NewsroomClient.Password, signInPage.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(expected, signIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/ar")]
    public async Task EverySignInFailureReadsTheSame(string edition)
    {
        var editor = await app.CreateUserAsync(Roles.Editor);
        var locked = await app.CreateUserAsync(Roles.Editor);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == locked.Id);
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            await db.SaveChangesAsync();
        });

        var wrongPassword = await SignInErrorAsync(edition, editor.Email!, "wrong-password-1");
        var unknownAddress = await SignInErrorAsync(edition, $"nobody-{Guid.NewGuid():N}@example.com", "wrong-password-1");
        var lockedAccount = await SignInErrorAsync(edition, locked.Email!, NewsroomClient.Password);

        Assert.False(string.IsNullOrWhiteSpace(wrongPassword));
        Assert.Equal(wrongPassword, unknownAddress);
        Assert.Equal(wrongPassword, lockedAccount);
        Assert.DoesNotContain("locked", wrongPassword, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(edition == "" ? "do not match" : "لا يتطابق", wrongPassword);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/ar")]
    public async Task RegistrationAnswersTheSameForAFreeAndATakenAddress(string edition)
    {
        var existing = await app.CreateUserAsync(Roles.Reader);
        var free = $"reader-{Guid.NewGuid():N}@example.com";
        var freeClient = app.CreateSecureClient();
        var takenClient = app.CreateSecureClient();

        var freeAnswer = await RegisterAsync(freeClient, free, "a-new-password-7", "/latest", edition);
        var takenAnswer = await RegisterAsync(takenClient, existing.Email!, "a-new-password-7", "/latest", edition);
        var freePage = await freeClient.GetStringAsync(freeAnswer.Headers.Location);
        var takenPage = await takenClient.GetStringAsync(takenAnswer.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, freeAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, takenAnswer.StatusCode);
        Assert.Equal(freeAnswer.Headers.Location, takenAnswer.Headers.Location);
        var flash = Html.Parse(freePage).QuerySelector(".flash")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(flash));
        Assert.Equal(flash, Html.Parse(takenPage).QuerySelector(".flash")?.TextContent);
        Assert.DoesNotContain("taken", takenPage);
        Assert.DoesNotContain("مستخدم مسبق", takenPage);
        // Nobody is signed in by the answer; the free address now has its account, the taken one kept its password.
        Assert.Equal(HttpStatusCode.Redirect, (await freeClient.GetAsync("/account/password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateSecureClient().SignInAsync(free, "a-new-password-7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateSecureClient().SignInAsync(existing.Email!, "a-new-password-7")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateSecureClient().SignInAsync(existing.Email!, NewsroomClient.Password)).StatusCode);
    }

    [Fact]
    public async Task AWeakPasswordOnATakenAddressGetsOnlyThePasswordError()
    {
        var existing = await app.CreateUserAsync(Roles.Reader);

        var response = await RegisterAsync(app.CreateSecureClient(), existing.Email!, "short-pass", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("digit", page.QuerySelector("[data-valmsg-for=Password]")?.TextContent);
        Assert.DoesNotContain("taken", page.DocumentElement.TextContent);
    }

    private async Task<string?> SignInErrorAsync(string edition, string email, string password)
    {
        var client = app.CreateSecureClient();
        var form = CommentForms.FormFields(await client.GetDocumentAsync($"{edition}/account/signin"), "main form");
        form["Email"] = email;
        form["Password"] = password;
        var response = await client.PostAsync($"{edition}/account/signin", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".form-errors")?.TextContent.Trim();
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password, string returnUrl, string edition = "")
    {
        var form = CommentForms.FormFields(await client.GetDocumentAsync($"{edition}/account/register"), "main form");
        form["DisplayName"] = "Reader";
        form["Email"] = email;
        form["Password"] = form["ConfirmPassword"] = password;
        form["ReturnUrl"] = returnUrl;
        return await client.PostAsync($"{edition}/account/register", new FormUrlEncodedContent(form));
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

    [Theory]
    [InlineData("on")]
    [InlineData("1")]
    public async Task ACheckboxPostedWithAValueOtherThanTrueGetsTheFormBackWithAnError(string rememberMe)
    {
        var user = await app.CreateUserAsync(Roles.Writer);
        var client = app.CreateSecureClient();

        var response = await client.PostFormAsync("/account/signin", new()
        {
            ["Email"] = user.Email!,
            ["Password"] = NewsroomClient.Password,
            ["RememberMe"] = rememberMe,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains($"The value '{rememberMe}' is not valid", page.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal(user.Email, page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.False(page.QuerySelector("input[type=checkbox][name=RememberMe]")?.HasAttribute("checked"));
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
