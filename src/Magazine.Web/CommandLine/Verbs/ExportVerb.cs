using Magazine.Web.Hosting;
using Magazine.Web.SiteTransfer.WordPress;

namespace Magazine.Web.CommandLine.Verbs;

/// <summary>
/// `export wordpress FILE [--site-url URL]`: writes the whole site as a WXR 1.2 file, its
/// links on the given address, else on <c>Magazine:Site:BaseUrl</c>, else on localhost.
/// </summary>
public sealed class ExportVerb(WordPressExporter exporter, PublicOrigin origin) : ICommandLineVerb
{
    private const string DefaultSiteUrl = "http://localhost";

    public string Name => "export";

    public string Usage => "wordpress FILE [--site-url https://your.site]";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 2 || !string.Equals(args.Positional[0], "wordpress", StringComparison.OrdinalIgnoreCase))
        {
            return console.Fail($"usage: export {Usage}", 2);
        }
        var siteUrl = args["site-url"] ?? origin.Canonical ?? DefaultSiteUrl;
        if (!Uri.TryCreate(siteUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            return console.Fail($"--site-url must be an http(s) address, not '{siteUrl}'", 2);
        }
        var path = Path.GetFullPath(args.Positional[1]);
        // Written beside the target and moved into place, so a failed export never leaves half a file under the real name.
        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                var summary = await exporter.ExportAsync(file, siteUrl, cancellationToken);
                console.Out.WriteLine($"Exported {summary} to {path}");
            }
            File.Move(partial, path, overwrite: true);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            return console.Fail($"could not write {path}: {e.Message}");
        }
    }
}
