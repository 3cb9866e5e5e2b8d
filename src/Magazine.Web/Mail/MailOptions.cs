namespace Magazine.Web.Mail;

/// <summary>The "Magazine:Mail" section. With no SMTP host, messages are written to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Magazine:Mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where messages go as .eml files when no SMTP host is set; relative paths are under the data folder.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    /// <summary>Seconds between looks at the outbox when nothing new was queued (new messages wake the sender at once).</summary>
    public double PollSeconds { get; set; } = 30;

    /// <summary>Attempts before a message is given up; the waits between them double from <see cref="FirstRetrySeconds"/>.</summary>
    public int MaxAttempts { get; set; } = 8;

    public double FirstRetrySeconds { get; set; } = 60;

    /// <summary>Newsletter sign-ups and password resets a client may ask for per hour.</summary>
    public int RequestsPerClientPerHour { get; set; } = 10;

    /// <summary>Messages of that kind one address may be sent per day, whoever asks.</summary>
    public int RequestsPerAddressPerDay { get; set; } = 3;

    /// <summary>Days a sent message keeps its address and text (for looking into a complaint); after that only its counts remain.</summary>
    public int KeepSentDays { get; set; } = 30;

    /// <summary>Hours between two daily digests to one subscriber (and between weekly ones, below); shorter only in tests.</summary>
    public double DailyDigestHours { get; set; } = 24;

    public double WeeklyDigestHours { get; set; } = 24 * 7;

    /// <summary>Days an invitation, a newsletter confirmation or a reply-notification confirmation stays valid.</summary>
    public int LinkLifetimeDays { get; set; } = 3;
}

public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender address; with none, noreply at the site's host.</summary>
    public string? From { get; set; }

    /// <summary>The sender's name; with none, the site's name.</summary>
    public string? FromName { get; set; }
}
