using Magazine.Web.Media;

namespace Magazine.Web.CommandLine.Verbs;

public sealed class ProcessImagesVerb(UploadReprocessor reprocessor) : ICommandLineVerb
{
    public string Name => "process-images";
    public string Usage => "[--dry-run]   (processes uploads made before images were processed: sizes, no metadata, stories repointed; then renders again every story showing an upload)";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        var dryRun = args.Has("dry-run");
        var results = await reprocessor.RunAsync(dryRun, cancellationToken);
        foreach (var result in results)
        {
            console.Out.WriteLine(result switch
            {
                { Problem: { } problem } => $"{result.OldName}: left as it is: {problem}",
                { NewUrl: null } => $"{result.OldName}: would be processed ({result.StoriesChanged} stories use it)",
                _ => $"{result.OldName}: now {result.NewUrl} ({result.StoriesChanged} stories and pages updated)",
            });
        }
        if (!dryRun)
        {
            var refreshed = await reprocessor.RefreshStoriesAsync(cancellationToken);
            console.Out.WriteLine($"{refreshed} stories and pages showing uploads rendered again with today's image sizes.");
        }
        var problems = results.Count(r => r.Problem is not null);
        console.Out.WriteLine(dryRun
            ? $"{results.Count} uploads to process; nothing changed (--dry-run)."
            : $"{results.Count - problems} uploads processed, {problems} left as they were.");
        return problems == 0 ? 0 : 1;
    }
}
