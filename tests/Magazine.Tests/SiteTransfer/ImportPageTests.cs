using System.Net;
using System.Xml.Linq;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>The administrators' import page: upload an export, watch its progress, read the report; download the site.</summary>
public sealed class ImportPageTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task AdministratorUploadsAnExportAndReadsTheReport()
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);

        var started = await client.PostMultipartAsync("/admin/import", new() { ["Form.Format"] = "WordPress" },
            "Form.File", "theme-unit-test-data.xml", await File.ReadAllBytesAsync(ExportFiles.WordPress), "text/xml");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        Assert.Matches(@"^/admin/import/\d+$", location);
        var page = await WaitForReportAsync(client, location);
        var stories = page.QuerySelectorAll("table.import-report tr").Single(r => r.QuerySelector("td")?.TextContent == "stories");
        Assert.Equal(["stories", "58", "0", "0"], stories.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("55 published, 1 scheduled, 2 drafts", page.QuerySelector("main")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".import-skips li"), li => li.TextContent.Contains("navigation menus are not imported"));
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(58, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.ExternalId!.StartsWith("wpthemetestdata.wordpress.com/"))));
        var list = await client.GetDocumentAsync("/admin/import");
        Assert.Contains(list.QuerySelectorAll("table a"), a => a.GetAttribute("href") == location);
    }

    [Fact]
    public async Task AnUnreadableFileEndsWithTheErrorOnThePage()
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);

        var started = await client.PostMultipartAsync("/admin/import", new() { ["Form.Format"] = "Blogger" },
            "Form.File", "broken.xml", "<feed xmlns='http://www.w3.org/2005/Atom'><entry>"u8.ToArray(), "text/xml");

        var page = await WaitForReportAsync(client, started.Headers.Location!.OriginalString);
        var error = page.QuerySelector(".form-errors[role=alert]")?.TextContent;
        Assert.Contains("Unexpected end of file", error);
        Assert.Contains("Line 1, position", error);
        Assert.Contains("Nothing was imported.", error);
    }

    [Fact]
    public async Task AMissingFileIsAFormError()
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);

        var response = await client.PostFormAsync("/admin/import", new() { ["Form.Format"] = "Blogger" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Choose the export file to import.", page.QuerySelector("[data-valmsg-for='Form.File']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Writer)]
    public async Task OnlyAdministratorsMayImportOrExport(string role)
    {
        var (client, _) = await app.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/import/export")).StatusCode);
    }

    [Fact]
    public async Task AdministratorDownloadsTheSiteAsWxr()
    {
        var (client, _) = await app.SignedInAsync(Roles.Admin);
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Exported through the page");

        var response = await client.GetAsync("/admin/import/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var channel = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("channel")!;
        Assert.Equal("https://localhost", channel.Element("link")?.Value);
        Assert.Contains(channel.Elements("item"), i => i.Element("title")?.Value == story.Title);
    }

    internal static async Task<AngleSharp.Html.Dom.IHtmlDocument> WaitForReportAsync(HttpClient client, string location)
    {
        for (var i = 0; i < 300; i++)
        {
            var page = await client.GetDocumentAsync(location);
            if (page.QuerySelector("meta[http-equiv=refresh]") is null)
            {
                return page;
            }
            Assert.NotNull(page.QuerySelector("progress"));
            await Task.Delay(200);
        }
        throw new TimeoutException("the import page never showed a report");
    }
}
