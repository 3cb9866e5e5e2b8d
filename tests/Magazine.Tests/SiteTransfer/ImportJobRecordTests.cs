using System.Net;
using AngleSharp.Html.Dom;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Magazine.Web.SiteTransfer.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.SiteTransfer;

/// <summary>
/// The import job list lives in the database: it outlives a restart, any instance shows it,
/// a job whose process died shows as interrupted without blocking the next, and one import
/// runs at a time across instances.
/// </summary>
public sealed class ImportJobRecordTests : IDisposable
{
    private readonly SiteAcrossStarts _starts = new();

    public void Dispose() => _starts.Dispose();

    /// <summary>One instance of the site; instances given the same data folder share its SQLite file.</summary>
    private MagazineFactory Instance(string name = "a") => _starts.Start(TestDatabase.IsPostgreSql ? name : "shared");

    [Fact]
    public async Task TheJobListAndAFinishedJobsReportAreReadBackAfterARestart()
    {
        string location;
        using (var site = Instance())
        {
            var (client, admin) = await site.SignedInAsync(Roles.Admin);
            var started = await StartWordPressImportAsync(client);
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            location = started.Headers.Location!.OriginalString;
            await ImportPageTests.WaitForReportAsync(client, location);
            Assert.Equal(admin.Email, (await RowAsync(site, location)).StartedBy);
        }

        using var restarted = Instance();
        var (again, _) = await restarted.SignedInAsync(Roles.Admin);
        var page = await again.GetDocumentAsync(location);
        Assert.Equal(["stories", "58", "0", "0"], ReportRow(page, "stories"));
        Assert.Contains("55 published, 1 scheduled, 2 drafts", page.QuerySelector("main")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".import-skips li"), li => li.TextContent.Contains("navigation menus are not imported"));
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        var row = ListRow(await again.GetDocumentAsync("/admin/import"), location);
        Assert.Equal("theme-unit-test-data.xml", row.QuerySelector("a")!.TextContent);
        Assert.Equal("done", row.QuerySelector(".import-state")!.TextContent);
    }

    [Fact]
    public async Task AJobLeftRunningByADeadProcessIsShownInterruptedAndDoesNotBlockTheNext()
    {
        using var site = Instance();
        var (client, _) = await site.SignedInAsync(Roles.Admin);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var id = await SeedRunningJobAsync(site, "left-behind.xml", lastMoved: now - ImportJobs.Silence - TimeSpan.FromSeconds(5));

        var list = await client.GetDocumentAsync("/admin/import");
        Assert.Equal("interrupted, nothing imported", ListRow(list, $"/admin/import/{id}").QuerySelector(".import-state")!.TextContent);
        var page = await client.GetDocumentAsync($"/admin/import/{id}");
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Null(page.QuerySelector("progress"));
        Assert.Equal(ImportJobs.InterruptedError, page.QuerySelector(".form-errors[role=alert]")?.TextContent);

        var started = await StartWordPressImportAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var report = await ImportPageTests.WaitForReportAsync(client, started.Headers.Location!.OriginalString);
        Assert.Equal(["stories", "58", "0", "0"], ReportRow(report, "stories"));
        var left = await RowAsync(site, $"/admin/import/{id}");
        Assert.Equal(ImportJobState.Interrupted, left.State);
        Assert.Null(left.Claim);
    }

    [Fact]
    public async Task AnImportRunningOnAnotherInstanceShowsItsProgressAndRefusesASecondStart()
    {
        using var site = Instance();
        var (client, _) = await site.SignedInAsync(Roles.Admin);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var id = await SeedRunningJobAsync(site, "elsewhere.xml", lastMoved: now - TimeSpan.FromSeconds(20));

        var page = await client.GetDocumentAsync($"/admin/import/{id}");
        Assert.NotNull(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("40", page.QuerySelector("progress")?.GetAttribute("value"));
        Assert.Contains("200 items so far", page.QuerySelector("label[for=import-progress]")?.TextContent);

        var refused = await StartWordPressImportAsync(client);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var form = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Another import is still running", form.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal("running, 40%", ListRow(form, $"/admin/import/{id}").QuerySelector(".import-state")!.TextContent);
        Assert.Equal(1, await site.WithDbAsync(db => db.ImportJobs.CountAsync()));
    }

    [Fact]
    public async Task TwoInstancesStartingAtOnceGiveOneJobAndOneConflict()
    {
        // The winner's import waits until both answers are in, as a real export of any size
        // would still be running: otherwise a small one may end before the second start looks.
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var a = Instance("a").WithServices(s => s.AddScoped<SiteImporter>(p => ActivatorUtilities.CreateInstance<HeldImporter>(p, hold.Task)));
        var (atA, _) = await a.SignedInAsync(Roles.Admin);
        using var b = Instance("b").WithServices(s => s.AddScoped<SiteImporter>(p => ActivatorUtilities.CreateInstance<HeldImporter>(p, hold.Task)));
        var (atB, _) = await b.SignedInAsync(Roles.Admin);

        var answers = await Task.WhenAll(StartWordPressImportAsync(atA), StartWordPressImportAsync(atB));
        hold.SetResult();

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
        var (winner, location) = answers[0].StatusCode == HttpStatusCode.Redirect
            ? (atA, answers[0].Headers.Location!.OriginalString)
            : (atB, answers[1].Headers.Location!.OriginalString);
        await ImportPageTests.WaitForReportAsync(winner, location);
        Assert.Equal(1, await a.WithDbAsync(db => db.ImportJobs.CountAsync()));
        // Either instance shows the job and its report.
        var (loserClient, loserSite) = winner == atA ? (atB, b) : (atA, a);
        Assert.Equal(["stories", "58", "0", "0"], ReportRow(await loserClient.GetDocumentAsync(location), "stories"));
        Assert.Equal(58, await loserSite.WithDbAsync(db => db.Articles.CountAsync(s => s.ExternalId!.StartsWith("wpthemetestdata.wordpress.com/"))));
    }

    /// <summary>The real importer, started only once the test lets it go.</summary>
    private sealed class HeldImporter(
        Task hold, MagazineDbContext db, StoryRenderer stories, CommentRenderer comments, SiteIdentityProvider site, TimeProvider clock)
        : SiteImporter(db, stories, comments, site, clock)
    {
        public override async Task<ImportReport> ImportAsync(
            ExportFormat format, Stream export, ImportOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            await hold.WaitAsync(cancellationToken);
            return await base.ImportAsync(format, export, options, progress, cancellationToken);
        }
    }

    private static async Task<HttpResponseMessage> StartWordPressImportAsync(HttpClient client) =>
        await client.PostMultipartAsync("/admin/import", new() { ["Form.Format"] = "WordPress" },
            "Form.File", "theme-unit-test-data.xml", await File.ReadAllBytesAsync(ExportFiles.WordPress), "text/xml");

    /// <summary>A job as another process leaves it while it runs: claimed, 40% read, last moved at <paramref name="lastMoved"/>.</summary>
    private static Task<int> SeedRunningJobAsync(MagazineFactory site, string fileName, DateTime lastMoved) =>
        site.WithDbAsync(async db =>
        {
            var job = new ImportJob
            {
                Format = "Blogger", FileName = fileName, TotalBytes = 1000, BytesRead = 400, ItemsRead = 200,
                StartedAt = lastMoved - TimeSpan.FromMinutes(1), UpdatedAt = lastMoved, State = ImportJobState.Running, Claim = true,
            };
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });

    private static Task<ImportJob> RowAsync(MagazineFactory site, string location)
    {
        var id = int.Parse(location[(location.LastIndexOf('/') + 1)..]);
        return site.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
    }

    private static string[] ReportRow(IHtmlDocument page, string kind) =>
        page.QuerySelectorAll("table.import-report tr").Single(r => r.QuerySelector("td")?.TextContent == kind)
            .QuerySelectorAll("td").Select(td => td.TextContent).ToArray();

    private static AngleSharp.Dom.IElement ListRow(IHtmlDocument list, string location) =>
        list.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("a")?.GetAttribute("href") == location);
}
