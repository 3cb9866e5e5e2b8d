using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

public sealed class NewsroomNoticeTests(MailFactory app) : IClassFixture<MailFactory>
{
    [SkippableFact]
    public async Task EditorsHearOfASubmissionAndTheWriterOfBeingSentBackUnlessTheyTurnedItOff()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var (editorClient, editor) = await app.SignedInAsync(Roles.Editor);
        var (quietClient, quiet) = await app.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await quietClient.PostFormAsync("/account/notices", new() { ["Enabled"] = "false" })).StatusCode);
        var (writerClient, writer) = await app.SignedInAsync(Roles.Writer);
        var title = "Notice " + TestData.Unique("t");

        var id = await writerClient.CreateStoryAsync(title, command: "Submit");

        var submitted = await app.Smtp.WaitForAsync(editor.Email!, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal));
        Assert.StartsWith("For review:", submitted.Subject);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == quiet.Email && (m.Subject ?? "").Contains(title))));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == writer.Email && (m.Subject ?? "").Contains(title))));

        var version = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await editorClient.PostFormAsync($"/admin/stories/{id}/send-back", new() { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        var sentBack = await app.Smtp.WaitForAsync(writer.Email!, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal));
        Assert.StartsWith("Sent back:", sentBack.Subject);
        Assert.Equal(ArticleStatus.Draft, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).FirstAsync()));
    }
}
