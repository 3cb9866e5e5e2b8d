using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Content;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Newsroom;

/// <summary>
/// An HTML body (an imported one) is offered a conversion to Markdown: the editor sees the
/// Markdown and its preview first, and nothing changes for readers until the editor saves.
/// </summary>
public sealed class ConvertToMarkdownTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private const string HtmlBody = """
        <h2>From the archive</h2>
        <p>An <em>imported</em> story with a <a href="https://example.com/source">source</a> and <strong>strong words</strong>.</p>
        <ul><li>First point</li><li>Second point</li></ul>
        <p><img src="/media/harbour.jpg" alt="The harbour at dawn"></p>
        <p>1986. A year, not a list.</p>
        <script>alert('no')</script>
        """;

    [Fact]
    public async Task ConvertingShowsMarkdownAndItsPreviewWithoutSaving()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync("An archive story", HtmlBody, "Publish", f => f["Form.BodyFormat"] = nameof(BodyFormat.Html));

        var response = await editor.EditStoryAsync(id, "ConvertToMarkdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var body = page.QuerySelector("textarea[name='Form.BodyMarkdown']")!.TextContent;
        Assert.Contains("## From the archive", body);
        Assert.Contains("[source](https://example.com/source)", body);
        Assert.Contains("- First point", body);
        Assert.Contains("![The harbour at dawn](/media/harbour.jpg)", body);
        Assert.DoesNotContain("<script", body);
        Assert.Equal(nameof(BodyFormat.Markdown), page.QuerySelector("select[name='Form.BodyFormat'] option[selected]")?.GetAttribute("value"));
        Assert.Contains("Converted to Markdown but not saved", page.QuerySelector(".flash[role=status]")?.TextContent);
        Assert.Equal("From the archive", page.QuerySelector("#preview h2")?.TextContent);
        Assert.Null(page.QuerySelector("button[value='ConvertToMarkdown']"));
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(BodyFormat.Html, stored.BodyFormat);
        Assert.Equal(HtmlBody, stored.BodyMarkdown);
    }

    [Fact]
    public async Task SavingTheConvertedTextStoresMarkdownAndReadersSeeTheSameStory()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync("A story to convert", HtmlBody, "Publish", f => f["Form.BodyFormat"] = nameof(BodyFormat.Html));
        var reader = app.CreateClient();
        var url = TestData.UrlOf(await app.StoredStoryAsync(id));
        var before = (await reader.GetDocumentAsync(url)).QuerySelector(".prose")!.InnerHtml;
        var converted = await (await editor.EditStoryAsync(id, "ConvertToMarkdown")).DocumentAsync();
        var fields = StoryEditing.FieldsOf(converted.QuerySelector("form#story-form")!);
        fields["Form.Command"] = "Save";

        var saved = await editor.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(BodyFormat.Markdown, stored.BodyFormat);
        Assert.Equal(fields["Form.BodyMarkdown"].ReplaceLineEndings("\n"), stored.BodyMarkdown.ReplaceLineEndings("\n"));
        var after = (await reader.GetDocumentAsync(url)).QuerySelector(".prose")!.InnerHtml;
        Assert.Equal(RenderedShape.Of(before), RenderedShape.Of(after));
        Assert.DoesNotContain("<script", after);
        var kept = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.BodyFormat).ToListAsync());
        Assert.Contains(BodyFormat.Html, kept);
    }

    [Fact]
    public async Task AnImportedStoryKeepsItsHtmlAsARevisionWhenFirstSavedAsMarkdown()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Came in by import");
        await app.WithDbAsync(async db =>
        {
            var row = await db.Articles.SingleAsync(a => a.Id == story.Id);
            row.BodyMarkdown = HtmlBody;
            row.BodyFormat = BodyFormat.Html;
            await db.SaveChangesAsync();
        });
        var converted = await (await editor.EditStoryAsync(story.Id, "ConvertToMarkdown")).DocumentAsync();
        var fields = StoryEditing.FieldsOf(converted.QuerySelector("form#story-form")!);
        fields["Form.Command"] = "Save";

        await editor.PostAsync($"/admin/stories/{story.Id}", new FormUrlEncodedContent(fields));

        var revisions = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == story.Id)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.BodyFormat, r.BodyMarkdown }).ToListAsync());
        Assert.Equal([BodyFormat.Html, BodyFormat.Markdown], revisions.Select(r => r.BodyFormat));
        Assert.Equal(HtmlBody, revisions[0].BodyMarkdown);
    }

    [Fact]
    public async Task APagesHtmlBodyConvertsTheSameWay()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var form = (await editor.GetDocumentAsync("/admin/pages/new")).QuerySelector("form.form")!;
        var fields = StoryEditing.FieldsOf(form);
        fields["Form.Title"] = "Archive page";
        fields["Form.Slug"] = "archive-page-convert";
        fields["Form.BodyMarkdown"] = HtmlBody;
        fields["Form.BodyFormat"] = nameof(BodyFormat.Html);
        fields["command"] = "save";
        var created = await editor.PostAsync("/admin/pages/new", new FormUrlEncodedContent(fields));
        var editUrl = created.Headers.Location!.OriginalString;
        var before = (await app.CreateClient().GetDocumentAsync("/p/archive-page-convert")).QuerySelector(".prose")!.InnerHtml;
        fields = StoryEditing.FieldsOf((await editor.GetDocumentAsync(editUrl)).QuerySelector("form.form")!);
        fields["command"] = "convert";

        var converted = await (await editor.PostAsync(editUrl, new FormUrlEncodedContent(fields))).DocumentAsync();

        var body = converted.QuerySelector("textarea[name='Form.BodyMarkdown']")!.TextContent;
        Assert.Contains("## From the archive", body);
        Assert.Equal(nameof(BodyFormat.Markdown), converted.QuerySelector("select[name='Form.BodyFormat'] option[selected]")?.GetAttribute("value"));
        Assert.Contains("Converted to Markdown but not saved", converted.QuerySelector(".flash[role=status]")?.TextContent);
        Assert.Equal(BodyFormat.Html, await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == "archive-page-convert").Select(p => p.BodyFormat).SingleAsync()));

        fields = StoryEditing.FieldsOf(converted.QuerySelector("form.form")!);
        fields["command"] = "save";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(editUrl, new FormUrlEncodedContent(fields))).StatusCode);
        var after = (await app.CreateClient().GetDocumentAsync("/p/archive-page-convert")).QuerySelector(".prose")!.InnerHtml;
        Assert.Equal(BodyFormat.Markdown, await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == "archive-page-convert").Select(p => p.BodyFormat).SingleAsync()));
        Assert.Equal(RenderedShape.Of(before), RenderedShape.Of(after));
    }
}
