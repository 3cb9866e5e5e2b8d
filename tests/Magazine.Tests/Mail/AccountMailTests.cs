using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Mail;

public sealed class AccountMailTests(MailFactory app) : IClassFixture<MailFactory>
{
    private const string NewPassword = "a-new-passphrase-7";

    private Task<int> QueuedToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email));

    [SkippableFact]
    public async Task AnInvitedWriterChoosesTheirOwnPasswordFromTheLinkOnce()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var email = MailFactory.Unique("writer");

        var invited = await admin.PostFormAsync("/admin/users/new", new() { ["Email"] = email, ["DisplayName"] = "New Writer", ["Role"] = Roles.Writer });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("You are invited to the newsroom", message.Subject);
        var link = message.LinkTo("/account/invitation");
        var writer = app.CreateSecureClient();
        var form = CommentForms.FormFields(await writer.GetDocumentAsync(link), "main form");
        form["NewPassword"] = form["ConfirmPassword"] = NewPassword;
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync("/account/invitation", new FormUrlEncodedContent(form))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/admin/stories")).StatusCode);
        // Used once: the password changed the account's stamp, and with it the link.
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateSecureClient().GetAsync(link)).StatusCode);
    }

    [SkippableFact]
    public async Task APasswordResetAnswersAlikeForUnknownAddressesAndWorksForKnownOnes()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var user = await app.CreateUserAsync(Roles.Writer);
        var unknown = MailFactory.Unique("nobody");
        var client = app.CreateSecureClient();

        var forKnown = await client.PostFormAsync("/account/forgot", new() { ["Email"] = user.Email! });
        var knownPage = await client.GetStringAsync(forKnown.Headers.Location!.OriginalString);
        var forUnknown = await client.PostFormAsync("/account/forgot", new() { ["Email"] = unknown });
        var unknownPage = await client.GetStringAsync(forUnknown.Headers.Location!.OriginalString);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(forKnown.Headers.Location, forUnknown.Headers.Location);
        Assert.Equal(Html.Parse(knownPage).QuerySelector(".flash")?.TextContent, Html.Parse(unknownPage).QuerySelector(".flash")?.TextContent);
        Assert.Contains("If an account uses this address", Html.Parse(unknownPage).QuerySelector(".flash")?.TextContent);
        Assert.Equal(0, await QueuedToAsync(unknown));

        var message = await app.Smtp.WaitForAsync(user.Email!);
        Assert.Equal("Reset your password", message.Subject);
        var form = CommentForms.FormFields(await client.GetDocumentAsync(message.LinkTo("/account/reset")), "main form");
        form["NewPassword"] = form["ConfirmPassword"] = NewPassword;
        var reset = await client.PostAsync("/account/reset", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateSecureClient().SignInAsync(user.Email!, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password)).StatusCode);
    }

    [SkippableFact]
    public async Task AResetWithAForgedTokenIsRefusedOnTheForm()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var user = await app.CreateUserAsync(Roles.Reader);
        var client = app.CreateSecureClient();
        var form = CommentForms.FormFields(await client.GetDocumentAsync($"/account/reset?user={user.Id}&token=forged"), "main form");
        form["NewPassword"] = form["ConfirmPassword"] = NewPassword;

        var response = await client.PostAsync("/account/reset", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link is not valid or has expired.", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task ARegisteredReaderCommentsUnderTheirNameOnlyAfterConfirmingTheAddress()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var story = await app.PublishedStoryAsync();
        var email = MailFactory.Unique("reader");
        var client = app.CreateSecureClient();
        var fields = CommentForms.FormFields(await client.GetDocumentAsync("/account/register"), "main form");
        fields["DisplayName"] = "Huda";
        fields["Email"] = email;
        fields["Password"] = fields["ConfirmPassword"] = NewPassword;
        await client.PostAsync("/account/register", new FormUrlEncodedContent(fields));
        await client.SignInAsync(email, NewPassword);

        var before = await client.PostCommentAsync(TestData.UrlOf(story), "Before confirming", name: null);

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("Confirm your e-mail address first", await before.Content.ReadAsStringAsync());
        Assert.Empty(await app.CommentsOfAsync(story.Id));

        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("Confirm your e-mail address", message.Subject);
        await client.GetAsync(message.LinkTo("/account/confirm"));
        var after = await client.PostCommentAsync(TestData.UrlOf(story), "After confirming", name: null);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("Huda", Assert.Single(await app.CommentsOfAsync(story.Id)).AuthorName);
    }

    [SkippableFact]
    public async Task AnAdministratorSendsTheInvitationAgainAndOnlyTheNewLinkWorks()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var email = MailFactory.Unique("late");
        await admin.PostFormAsync("/admin/users/new", new() { ["Email"] = email, ["DisplayName"] = "Late Writer", ["Role"] = Roles.Writer });
        var first = (await app.Smtp.WaitForAsync(email)).LinkTo("/account/invitation");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Contains("Invited", (await admin.GetDocumentAsync("/admin/users")).QuerySelector($"form[action='/admin/users/{id}/invite']")?.ParentElement?.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}/invite", new())).StatusCode);

        var second = (await app.Smtp.WaitForAsync(email, m => m.TextBody is { } text && !text.Contains(first[first.IndexOf('=')..], StringComparison.Ordinal))).LinkTo("/account/invitation");
        var client = app.CreateSecureClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(second)).StatusCode);
    }

    [SkippableFact]
    public async Task AReaderWhoLostTheConfirmationAsksForItAgain()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var email = MailFactory.Unique("forgetful");
        var client = app.CreateSecureClient();
        var fields = CommentForms.FormFields(await client.GetDocumentAsync("/account/register"), "main form");
        fields["DisplayName"] = "Forgetful";
        fields["Email"] = email;
        fields["Password"] = fields["ConfirmPassword"] = NewPassword;
        await client.PostAsync("/account/register", new FormUrlEncodedContent(fields));
        await client.SignInAsync(email, NewPassword);
        await app.Smtp.WaitForAsync(email);

        var settings = await client.GetDocumentAsync("/account/notices");
        var resent = await client.PostFormAsync("/account/confirm/resend", new());

        Assert.NotNull(settings.QuerySelector("form[action='/account/confirm/resend']"));
        Assert.Null(settings.QuerySelector("input[name=Enabled]"));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, await QueuedToAsync(email));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (app.Smtp.To(email).Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await client.GetAsync(app.Smtp.To(email)[1].LinkTo("/account/confirm"));
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
    }
}
