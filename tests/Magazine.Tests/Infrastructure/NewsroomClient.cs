using System.Net;
using System.Net.Http.Headers;
using Magazine.Core.Entities;
using Magazine.Web.CommandLine;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Infrastructure;

/// <summary>Newsroom accounts and a signed-in browser-like client, going through the real sign-in form.</summary>
public static class NewsroomClient
{
    public const string Password = "correct-horse-42";

    /// <summary>A client on https (the sign-in cookie is Secure outside Development) that keeps cookies and shows redirects.</summary>
    public static HttpClient CreateSecureClient(this MagazineFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

    public static async Task<MagazineUser> CreateUserAsync(this MagazineFactory app, string role, string? email = null, string? displayName = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewAccount(email, Password, role, displayName ?? $"{role} {TestData.Unique("n")}"), Roles.All, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.User!;
    }

    public static async Task<(HttpClient Client, MagazineUser User)> SignedInAsync(this MagazineFactory app, string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateSecureClient();
        var response = await client.SignInAsync(user.Email!, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string? returnUrl = null) =>
        client.PostFormAsync("/account/signin", new()
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        });

    /// <summary>The antiforgery token for this client's current identity, read from a page's form as a browser would.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client)
    {
        var page = await client.GetDocumentAsync("/account/signin");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The sign-in page has no antiforgery token.");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync();
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string fileField, string fileName, byte[] bytes, string contentType)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await client.AntiforgeryTokenAsync()), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(file, fileField, fileName);
        return await client.PostAsync(url, content);
    }

    /// <summary>Runs a command-line verb in-process against the app's own services, capturing what it writes.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunVerbAsync(this MagazineFactory app, params string[] args)
    {
        using var scope = app.Services.CreateScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLineVerbs.RunAsync(args, scope.ServiceProvider, new VerbConsole(output, error), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
