using System.Net;
using System.Text.RegularExpressions;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Magazine.Tests.Newsroom;

/// <summary>Each test starts its own site: the setup link exists only while a site has no administrator.</summary>
public sealed partial class FirstAdministratorSetupTests
{
    [Fact]
    public async Task SiteWithoutAdministratorLogsAOneTimeLinkThatCreatesOne()
    {
        using var site = new MagazineFactory();
        var logs = new LogCapture();
        using var app = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        await client.GetAsync("/");
        await app.SetupCheckedAsync();
        var link = SetupLink().Match(string.Join("\n", logs.Messages)).Value;
        Assert.NotEmpty(link);
        var form = await client.GetDocumentAsync(link);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var created = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = "chief@example.com",
            ["DisplayName"] = "Nour Chief",
            ["Password"] = NewsroomClient.Password,
            ["ConfirmPassword"] = NewsroomClient.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task WrongTokenFindsNothing()
    {
        using var app = new MagazineFactory();
        var client = app.CreateClient();
        await client.GetAsync("/");
        await app.SetupCheckedAsync();

        Assert.NotNull(app.Services.GetRequiredService<FirstAdminSetup>().Token);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup/not-the-token")).StatusCode);
    }

    [Fact]
    public async Task LinkDiesOnceAnAdministratorExistsHoweverMade()
    {
        using var app = new MagazineFactory();
        var client = app.CreateClient();
        await client.GetAsync("/");
        await app.SetupCheckedAsync();
        var token = app.Services.GetRequiredService<FirstAdminSetup>().Token;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/setup/{token}")).StatusCode);

        await app.CreateUserAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/setup/{token}")).StatusCode);
    }

    [Fact]
    public async Task SiteWithAnAdministratorPrintsNoLink()
    {
        using var first = new MagazineFactory();
        await first.CreateUserAsync(Roles.Admin);
        // A second start over the same data folder (the first is disposed last: it deletes the folder and, on PostgreSQL, the database) finds the administrator.
        using var site = new MagazineFactory().With("Magazine:DataDirectory", first.DataDirectory).On(first.PostgreSql);
        var logs = new LogCapture();
        using var app = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        await app.CreateClient().GetAsync("/");
        await app.SetupCheckedAsync();

        Assert.DoesNotContain(logs.Messages, m => m.Contains("/setup/"));
        Assert.Null(app.Services.GetRequiredService<FirstAdminSetup>().Token);
    }

    [GeneratedRegex(@"/setup/[A-Za-z0-9_-]{20,}")]
    private static partial Regex SetupLink();
}

file static class SetupCheck
{
    /// <summary>The check runs once the server listens, beside the first requests; this waits for it.</summary>
    public static Task SetupCheckedAsync(this WebApplicationFactory<Program> app) =>
        app.Services.GetServices<IHostedService>().OfType<SetupLinkAnnouncer>().Single().Checked.WaitAsync(TimeSpan.FromSeconds(30));
}
