using System.Globalization;
using System.Text;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Newsletter;

public sealed record SubscriberRow(int Id, string Email, bool English, bool Arabic, DigestFrequency Frequency, DateTime CreatedAt, DateTime? ConfirmedAt);

public sealed record SubscriberCounts(int Confirmed, int Pending, int English, int Arabic, int Daily, int Weekly);

public sealed record SendRow(int Id, NewsletterSendKind Kind, DigestFrequency? Frequency, string? Title, DateTime CreatedAt, string? SentBy, int Messages, int Sent, int Failed);

public sealed record RecentStory(int Id, string Title, DateTime PublishedAt);

public sealed record NewsletterAdminViewModel(
    SubscriberCounts Counts, IReadOnlyList<SubscriberRow> Subscribers, string? Search, int Shown, IReadOnlyList<SendRow> Sends,
    IReadOnlyList<RecentStory> RecentStories, TimeZoneInfo TimeZone);

/// <summary>The newsroom's view of the newsletter: who subscribes, and how each send went.</summary>
public sealed class SubscriberQueries(MagazineDbContext db, TimeProvider clock)
{
    public const int PageSize = 200;

    public async Task<SubscriberCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.NewsletterSubscribers.AsNoTracking().GroupBy(_ => 1).Select(g => new
        {
            Confirmed = g.Count(s => s.ConfirmedAt != null),
            Pending = g.Count(s => s.ConfirmedAt == null),
            English = g.Count(s => s.ConfirmedAt != null && s.English),
            Arabic = g.Count(s => s.ConfirmedAt != null && s.Arabic),
            Daily = g.Count(s => s.ConfirmedAt != null && s.Frequency == DigestFrequency.Daily),
            Weekly = g.Count(s => s.ConfirmedAt != null && s.Frequency == DigestFrequency.Weekly),
        }).FirstOrDefaultAsync(cancellationToken);
        return counts is null ? new SubscriberCounts(0, 0, 0, 0, 0, 0)
            : new SubscriberCounts(counts.Confirmed, counts.Pending, counts.English, counts.Arabic, counts.Daily, counts.Weekly);
    }

    public Task<List<SubscriberRow>> SubscribersAsync(string? search, int take, CancellationToken cancellationToken)
    {
        var query = db.NewsletterSubscribers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(s => s.Email.Contains(term));
        }
        return query.OrderBy(s => s.Email)
            .Take(take)
            .Select(s => new SubscriberRow(s.Id, s.Email, s.English, s.Arabic, s.Frequency, s.CreatedAt, s.ConfirmedAt))
            .ToListAsync(cancellationToken);
    }

    public Task<List<SendRow>> SendsAsync(CancellationToken cancellationToken) =>
        db.NewsletterSends.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(50)
            .Select(s => new SendRow(s.Id, s.Kind, s.Frequency, s.Title, s.CreatedAt, s.SentBy,
                db.OutboxMessages.Count(m => m.NewsletterSendId == s.Id),
                db.OutboxMessages.Count(m => m.NewsletterSendId == s.Id && m.SentAt != null),
                db.OutboxMessages.Count(m => m.NewsletterSendId == s.Id && m.FailedAt != null)))
            .ToListAsync(cancellationToken);

    public Task<List<RecentStory>> RecentStoriesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Articles.AsNoTracking().Published(now).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(20)
            .Select(a => new RecentStory(a.Id, a.Title, a.PublishedAt!.Value)).ToListAsync(cancellationToken);
    }

    /// <summary>Confirmed subscribers as CSV (RFC 4180), for moving to another mailer.</summary>
    public async Task<string> CsvAsync(CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("email,editions,frequency,subscribed_at,confirmed_at\r\n");
        await foreach (var s in db.NewsletterSubscribers.AsNoTracking().Where(s => s.ConfirmedAt != null).OrderBy(s => s.Email).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var editions = string.Join(' ', new[] { s.English ? "en" : null, s.Arabic ? "ar" : null }.OfType<string>());
            csv.Append(CultureInfo.InvariantCulture, $"{Field(s.Email)},{editions},{s.Frequency.ToString().ToLowerInvariant()},{s.CreatedAt:yyyy-MM-ddTHH:mm:ssZ},{s.ConfirmedAt:yyyy-MM-ddTHH:mm:ssZ}\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Deletes the subscriber and forgets the address in the outbox too.</summary>
    public async Task<bool> RemoveAsync(int id, Mail.Outbox outbox, CancellationToken cancellationToken)
    {
        var email = await db.NewsletterSubscribers.Where(s => s.Id == id).Select(s => s.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is null || await db.NewsletterSubscribers.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }
        await outbox.ForgetNewsletterAddressAsync(email, cancellationToken);
        return true;
    }

    /// <summary>Quoted when needed; a leading formula character is neutralised so a spreadsheet never runs it.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
