using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Newsletter;

public enum SubscribeOutcome
{
    Sent,
    TooMany,
}

/// <summary>
/// Double opt-in: a sign-up stores the address as pending and sends a confirmation link;
/// only following it makes a subscriber. The answer is the same whether the address was
/// new, pending or already subscribed, so the form tells nobody who reads the magazine.
/// </summary>
public sealed class NewsletterSubscriptions(
    MagazineDbContext db,
    Outbox outbox,
    MailText text,
    MailLinks links,
    SignedLinks signed,
    IMailRequestThrottle throttle,
    IOptions<MailOptions> options,
    TimeProvider clock)
{
    public async Task<SubscribeOutcome> SubscribeAsync(SubscribeForm form, Edition edition, string client, CancellationToken cancellationToken)
    {
        var email = form.Email!.Trim().ToLowerInvariant();
        if (!throttle.TryTake("newsletter", client, email))
        {
            return SubscribeOutcome.TooMany;
        }
        var choice = new NewsletterChoice(email, form.English || (form.FromFooter && edition == Edition.English), form.Arabic || (form.FromFooter && edition == Edition.Arabic), form.Frequency);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.NewsletterSubscribers.FirstOrDefaultAsync(s => s.Email == email, cancellationToken);
        if (existing is null)
        {
            db.NewsletterSubscribers.Add(new NewsletterSubscriber
            {
                Email = email, English = choice.English, Arabic = choice.Arabic, Frequency = choice.Frequency, Language = edition.Language, CreatedAt = now,
            });
        }
        else if (existing.ConfirmedAt is null)
        {
            (existing.English, existing.Arabic, existing.Frequency, existing.Language) = (choice.English, choice.Arabic, choice.Frequency, edition.Language);
        }
        var token = signed.Create(NewsletterChoice.ConfirmPurpose, choice.Write(), TimeSpan.FromDays(options.Value.LinkLifetimeDays));
        var url = links.To(edition, "/newsletter/confirm", token);
        var message = text.In(edition, L => new MailContent(email, edition, L["Confirm your newsletter subscription"],
            [L["Someone, probably you, asked to receive our newsletter at this address. Follow the link to confirm; until then nothing is sent."],
             L["If it was not you, ignore this message: the address is forgotten in {0} days.", options.Value.LinkLifetimeDays]],
            new MailAction(L["Confirm my subscription"], url)));
        await outbox.QueueAsync(message, cancellationToken);
        return SubscribeOutcome.Sent;
    }

    /// <returns>False when the link is forged or has expired.</returns>
    public async Task<bool> ConfirmAsync(string? token, Edition edition, CancellationToken cancellationToken)
    {
        if (NewsletterChoice.Read(signed.Read(NewsletterChoice.ConfirmPurpose, token)) is not { } choice)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriber = await db.NewsletterSubscribers.FirstOrDefaultAsync(s => s.Email == choice.Email, cancellationToken);
        if (subscriber is null)
        {
            subscriber = new NewsletterSubscriber { Email = choice.Email, CreatedAt = now, Language = edition.Language };
            db.NewsletterSubscribers.Add(subscriber);
        }
        (subscriber.English, subscriber.Arabic, subscriber.Frequency) = (choice.English, choice.Arabic, choice.Frequency);
        if (subscriber.ConfirmedAt is null)
        {
            subscriber.ConfirmedAt = now;
            subscriber.LastDigestAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes the subscriber, and with it the address; a second click finds nothing to remove and says the same.</summary>
    /// <returns>False when the link is not one of ours.</returns>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (NewsletterChoice.ReadUnsubscribe(signed, token) is not { } who)
        {
            return false;
        }
        if (await db.NewsletterSubscribers.Where(s => s.Id == who.Id && s.Email == who.Email).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await outbox.ForgetNewsletterAddressAsync(who.Email, cancellationToken);
        }
        return true;
    }
}
