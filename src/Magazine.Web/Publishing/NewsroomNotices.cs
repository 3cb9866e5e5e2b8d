using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Publishing;

public enum NewsroomEvent
{
    Submitted,
    Published,
    Scheduled,
    SentBack,
}

/// <summary>
/// E-mails the newsroom about the stories moving between its members: editors hear of a
/// story submitted for review, writers of theirs published, scheduled or sent back. Nobody
/// hears of their own action, and anyone can turn these off (<see cref="MagazineUser.NewsroomNoticesOff"/>).
/// </summary>
public sealed class NewsroomNotices(MagazineDbContext db, Outbox outbox, MailText text, MailLinks links)
{
    public async Task TellAsync(int articleId, NewsroomEvent change, string actorId, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Title, AuthorUserId = a.Author.UserId, AuthorName = a.Author.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return;
        }
        var recipients = change == NewsroomEvent.Submitted
            ? await PeopleAsync(db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Editor || r.Name == Roles.Admin)))), actorId, cancellationToken)
            : await PeopleAsync(db.Users.Where(u => u.Id == story.AuthorUserId), actorId, cancellationToken);
        if (recipients.Count == 0)
        {
            return;
        }
        var edition = Edition.Current;
        var editUrl = links.Absolute(edition.Url($"/admin/stories/{articleId}"));
        var settingsUrl = links.Absolute(edition.Url("/account/notices"));
        await outbox.QueueAsync(recipients.Select(email => text.In(edition, L => new MailContent(email, edition,
            change switch
            {
                NewsroomEvent.Submitted => L["For review: {0}", story.Title],
                NewsroomEvent.Published => L["Published: {0}", story.Title],
                NewsroomEvent.Scheduled => L["Scheduled: {0}", story.Title],
                _ => L["Sent back: {0}", story.Title],
            },
            [change switch
            {
                NewsroomEvent.Submitted => L["{0} submitted “{1}” for review.", story.AuthorName, story.Title],
                NewsroomEvent.Published => L["Your story “{0}” is published.", story.Title],
                NewsroomEvent.Scheduled => L["Your story “{0}” is scheduled for publication.", story.Title],
                _ => L["Your story “{0}” was sent back to you as a draft: revise it and submit it again.", story.Title],
            }],
            new MailAction(L["Open the story"], editUrl),
            FooterLinks: [new MailAction(L["Turn off newsroom e-mails"], settingsUrl)]))), cancellationToken);
    }

    private static Task<List<string>> PeopleAsync(IQueryable<MagazineUser> users, string actorId, CancellationToken cancellationToken) =>
        users.Where(u => u.Id != actorId && !u.NewsroomNoticesOff && u.Email != null && u.LockoutEnd == null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
}
