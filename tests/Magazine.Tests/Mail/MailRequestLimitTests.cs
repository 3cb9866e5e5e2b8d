using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

/// <summary>A site that lets one client ask for two messages an hour.</summary>
public sealed class TwoRequestsAnHourFactory : MailFactory
{
    public TwoRequestsAnHourFactory() => With("Magazine:Mail:RequestsPerClientPerHour", "2");
}

public sealed class MailRequestLimitTests(TwoRequestsAnHourFactory app) : IClassFixture<TwoRequestsAnHourFactory>
{
    [SkippableFact]
    public async Task OneClientCannotUseTheFormsToFloodInboxesAndTheRefusalIsTheSitesOwnPage()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var client = app.CreateSecureClient();
        var answers = new List<HttpStatusCode>();
        var addresses = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var user = await app.CreateUserAsync(Roles.Reader);
            addresses.Add(user.Email!);
            answers.Add((await client.PostFormAsync("/account/forgot", new() { ["Email"] = user.Email! })).StatusCode);
        }
        var refused = await client.PostFormAsync("/account/forgot", new() { ["Email"] = MailFactory.Unique("more") });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == addresses[2])));
    }
}
