using Magazine.Web.SiteTransfer.Import;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.CommandLine.Verbs;

/// <summary>`import blogger|wordpress FILE [--dry-run] [--sections A,B]`: moves an export into the site and prints the report.</summary>
public sealed class ImportVerb(SiteImporter importer) : ICommandLineVerb
{
    public string Name => "import";

    public string Usage => "blogger|wordpress FILE [--dry-run] [--sections \"Label A,Label B\"]";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        // A bare --dry-run before the file would otherwise take the file's name as its value.
        var positional = args.Positional.ToList();
        if (args["dry-run"] is { } swallowed && !bool.TryParse(swallowed, out _))
        {
            positional.Add(swallowed);
        }
        if (positional.Count != 2 || !TryParseFormat(positional[0], out var format))
        {
            return console.Fail($"usage: import {Usage}", 2);
        }
        var path = positional[1];
        if (!File.Exists(path))
        {
            return console.Fail($"there is no file at {Path.GetFullPath(path)}", 2);
        }
        var dryRun = args.Has("dry-run") && !string.Equals(args["dry-run"], "false", StringComparison.OrdinalIgnoreCase);
        var options = new ImportOptions(dryRun, ImportOptions.ParseSections(args["sections"]));
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var report = await importer.ImportAsync(format, file, options, null, cancellationToken);
            report.WriteTo(console.Out);
            return 0;
        }
        catch (ExportFormatException e)
        {
            return console.Fail($"{Path.GetFileName(path)}: {e.Message.TrimEnd('.')}. Nothing was imported.");
        }
    }

    public static bool TryParseFormat(string value, out ExportFormat format)
    {
        format = value.ToLowerInvariant() switch
        {
            "blogger" => ExportFormat.Blogger,
            "wordpress" or "wxr" => ExportFormat.WordPress,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
