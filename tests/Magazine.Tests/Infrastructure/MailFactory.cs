using System.Text.RegularExpressions;
using MimeKit;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// The real application sending its mail to a real SMTP server on loopback (Debian's aiosmtpd),
/// started with it. Its tests are [SkippableFact]s that first call
/// <c>TestSmtpServer.Program.SkipIfMissing()</c>.
/// </summary>
public class MailFactory : MagazineFactory
{
    public MailFactory() : this(startServer: true)
    {
    }

    protected MailFactory(bool startServer)
    {
        Smtp = new TestSmtpServer();
        if (startServer)
        {
            Smtp.Start();
        }
        With("Magazine:Site:BaseUrl", "https://localhost");
        With("Magazine:Mail:Smtp:Host", "127.0.0.1");
        With("Magazine:Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Magazine:Mail:Smtp:Security", "None");
        With("Magazine:Mail:Smtp:From", "newsroom@magazine.test");
        With("Magazine:Mail:PollSeconds", "0.1");
        // Every test client comes from one address: the tests about the per-client cap set it themselves.
        With("Magazine:Mail:RequestsPerClientPerHour", "0");
        With("Magazine:Comments:Moderation", "None");
        With("Magazine:Comments:MinimumSecondsBeforePosting", "0");
    }

    public TestSmtpServer Smtp { get; }

    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}@example.com";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

public static partial class MailMessages
{
    public static string Text(this MimeMessage message) => message.TextBody ?? "";

    /// <summary>The site path and query of the first link in the plain text that starts with this path ("/newsletter/confirm").</summary>
    public static string LinkTo(this MimeMessage message, string path)
    {
        foreach (Match match in LinkPattern().Matches(message.Text()))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.StartsWith(path, StringComparison.OrdinalIgnoreCase))
            {
                return uri.PathAndQuery + uri.Fragment;
            }
        }
        throw new InvalidOperationException($"No link to {path} in “{message.Subject}”:\n{message.Text()}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
