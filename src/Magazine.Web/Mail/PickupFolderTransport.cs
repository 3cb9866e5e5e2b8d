using Magazine.Web.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Magazine.Web.Mail;

/// <summary>
/// With no SMTP server configured, each message is written as an .eml file (any mail program
/// opens it), so a fresh install works and shows what it would send.
/// </summary>
public sealed class PickupFolderTransport(IOptions<MailOptions> options, DataPaths paths, TimeProvider clock) : IMailTransport
{
    public string Folder => Path.GetFullPath(Path.Combine(paths.Root, options.Value.PickupFolder));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        // Written aside then renamed, so whoever watches the folder never reads half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
