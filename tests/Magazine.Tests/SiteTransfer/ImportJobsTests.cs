using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Import;
using Microsoft.Extensions.DependencyInjection;

using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Background imports as the admin page starts them: progress, then the report or the error.</summary>
public sealed class ImportJobsTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task AnUploadedExportIsImportedInTheBackgroundWithAReport()
    {
        var jobs = app.Services.GetRequiredService<ImportJobs>();
        await using var upload = File.OpenRead(ExportFiles.WordPress);

        var id = await jobs.StartAsync(ExportFormat.WordPress, "theme-unit-test-data.xml", upload, new ImportOptions(), "admin@example.com", CancellationToken.None);

        Assert.NotNull(id);
        var finished = await WaitAsync(jobs, id.Value);
        Assert.Null(finished.Error);
        Assert.Equal(100, finished.Percent);
        Assert.Equal(58, finished.Report![ImportReport.Stories].Imported);
        Assert.Equal(55, (await SiteCounts.OfAsync(app)).Published);
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataDirectory, "imports")));
    }

    [Fact]
    public async Task ABadUploadEndsWithTheErrorAndNothingImported()
    {
        var jobs = app.Services.GetRequiredService<ImportJobs>();
        var before = await SiteCounts.OfAsync(app);
        using var upload = new MemoryStream("<rss><channel><item>"u8.ToArray());

        var id = await jobs.StartAsync(ExportFormat.WordPress, "bad.xml", upload, new ImportOptions(), null, CancellationToken.None);

        var finished = await WaitAsync(jobs, id!.Value);
        Assert.Equal(ImportJobState.Failed, finished.State);
        Assert.Null(finished.Report);
        Assert.Contains("Line 1, position", finished.Error);
        Assert.EndsWith("Nothing was imported.", finished.Error);
        Assert.Equal(before, await SiteCounts.OfAsync(app));
    }

    private static async Task<ImportJobStatus> WaitAsync(ImportJobs jobs, int id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = (await jobs.FindAsync(id, CancellationToken.None))!;
            if (job.Finished)
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the import did not finish within a minute");
    }
}
