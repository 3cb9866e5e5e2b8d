using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

/// <summary>A site whose mail server is down when it starts.</summary>
public sealed class DownMailServerFactory() : MailFactory(startServer: false);

public sealed class OutboxTests(DownMailServerFactory app) : IClassFixture<DownMailServerFactory>
{
    [SkippableFact]
    public async Task AMessageQueuedWhileTheServerIsDownIsSentOnALaterAttempt()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var email = MailFactory.Unique("patient");
        var client = app.CreateBrowserClient();

        var response = await client.PostAsync("/newsletter", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["English"] = "true" }));

        // The page does not wait for the mail server.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var failed = await WaitForRowAsync(email, m => m.Attempts >= 1 && m.LastError != null);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.FailedAt);
        Assert.True(failed.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);

        app.Smtp.Start();
        app.Clock.Advance(failed.NextAttemptAt - app.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));

        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("Confirm your newsletter subscription", message.Subject);
        var sent = await WaitForRowAsync(email, m => m.SentAt != null);
        Assert.Equal(2, sent.Attempts);
    }

    private async Task<OutboxMessage> WaitForRowAsync(string email, Func<OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var row = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.To == email));
            if (row is not null && condition(row))
            {
                return row;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The outbox row for {email} never reached the expected state.");
            await Task.Delay(50);
        }
    }
}

public sealed class PickupFolderTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task WithNoSmtpServerMessagesAreWrittenAsEmlFilesUnderTheDataFolder()
    {
        var email = MailFactory.Unique("pickup");

        await app.CreateBrowserClient().PostAsync("/newsletter", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["English"] = "true" }));

        var folder = Path.Combine(app.DataDirectory, "mail-pickup");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? file = null;
        while (file is null)
        {
            file = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.eml").FirstOrDefault(f => File.ReadAllText(f).Contains(email, StringComparison.Ordinal))
                : null;
            Assert.True(file is not null || DateTime.UtcNow < deadline, "no .eml file arrived in the pickup folder");
            await Task.Delay(file is null ? 50 : 0);
        }
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("Confirm your newsletter subscription", message.Subject);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
    }
}
