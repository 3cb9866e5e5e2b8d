using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Areas.Admin.Revisions;

namespace Magazine.Tests.Newsroom;

/// <summary>Revisions compared word by word, with who and when; pages keep revisions and refuse stale saves as stories do.</summary>
public sealed class RevisionCompareTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public void TheDiffMarksWholeWordsRemovedAndAdded()
    {
        var segments = WordDiff.Between("The quick brown fox jumps.", "The slow brown fox leaps high.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Same, "The "),
                new DiffSegment(DiffKind.Removed, "quick "),
                new DiffSegment(DiffKind.Added, "slow "),
                new DiffSegment(DiffKind.Same, "brown fox "),
                new DiffSegment(DiffKind.Removed, "jumps"),
                new DiffSegment(DiffKind.Added, "leaps high"),
                new DiffSegment(DiffKind.Same, "."),
            ],
            segments);
    }

    [Fact]
    public void ArabicWordsAreTheUnitToo()
    {
        var segments = WordDiff.Between("ذهب الولد إلى المدرسة", "ذهب الولد إلى السوق");

        Assert.Contains(new DiffSegment(DiffKind.Removed, "المدرسة"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Added, "السوق"), segments);
        Assert.Equal("ذهب الولد إلى ", segments[0].Text);
    }

    [Fact]
    public async Task AnyTwoRevisionsAndTheCurrentTextCompareWithWhoAndWhen()
    {
        var (writer, writerUser) = await app.SignedInAsync(Roles.Writer);
        var (editor, editorUser) = await app.SignedInAsync(Roles.Editor);
        var id = await writer.CreateStoryAsync("Compared " + TestData.Unique("r"), "The council met on Monday.");
        await editor.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "The council met on Tuesday.");
        await writer.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "The city council met on Tuesday evening.");
        var revisions = (await writer.GetDocumentAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tbody a")
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('/').Last())).ToList();

        var firstToSecond = await writer.GetDocumentAsync($"/admin/stories/{id}/revisions/compare?from={revisions[2]}&to={revisions[1]}");
        var firstToCurrent = await writer.GetDocumentAsync($"/admin/stories/{id}/revisions/compare?from={revisions[2]}&to=0");

        Assert.Equal("Monday", firstToSecond.QuerySelector(".diff-body del")?.TextContent);
        Assert.Equal("Tuesday", firstToSecond.QuerySelector(".diff-body ins")?.TextContent);
        Assert.Contains(writerUser.Email!, firstToSecond.QuerySelector(".status-line")?.TextContent);
        Assert.Contains(editorUser.Email!, firstToSecond.QuerySelector(".status-line")?.TextContent);
        Assert.Equal(["city", "Tuesday evening"], firstToCurrent.QuerySelectorAll(".diff-body ins").Select(i => i.TextContent.Trim()));
        Assert.Contains("the current text", firstToCurrent.QuerySelector(".status-line")?.TextContent);

        // Restore from the comparison, as from a revision's own page.
        var restore = firstToCurrent.QuerySelector("form[action$='/restore']")!;
        var restored = await writer.PostAsync(restore.GetAttribute("action"), new FormUrlEncodedContent(StoryEditing.FieldsOf(restore)));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("The council met on Monday.", (await app.StoredStoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task ARevisionOfAnotherStoryIsNotFound()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var mine = await editor.CreateStoryAsync("One " + TestData.Unique("r"), "Text.");
        var other = await editor.CreateStoryAsync("Two " + TestData.Unique("r"), "Text.");
        var otherRevision = (await editor.GetDocumentAsync($"/admin/stories/{other}/revisions")).QuerySelector("tbody a")!.GetAttribute("href")!.Split('/').Last();

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/stories/{mine}/revisions/compare?from={otherRevision}")).StatusCode);
    }

    [Fact]
    public async Task PagesKeepRevisionsAndRefuseAStaleSaveWithTheTextKept()
    {
        var (first, _) = await app.SignedInAsync(Roles.Editor);
        var (second, _) = await app.SignedInAsync(Roles.Editor);
        var slug = TestData.Unique("page");
        var created = await first.PostFormAsync("/admin/pages/new", new()
        {
            ["Form.Title"] = "Contact us", ["Form.Slug"] = slug, ["Form.BodyMarkdown"] = "Write to the desk.", ["Form.Language"] = "en",
            ["Form.IsPublished"] = "true", ["command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editorUrl = created.Headers.Location!.OriginalString;
        var firstForm = StoryEditing.FieldsOf((await first.GetDocumentAsync(editorUrl)).QuerySelector("form.form")!);
        var secondForm = StoryEditing.FieldsOf((await second.GetDocumentAsync(editorUrl)).QuerySelector("form.form")!);

        firstForm["Form.BodyMarkdown"] = "Write to the news desk.";
        firstForm["command"] = "save";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(editorUrl, new FormUrlEncodedContent(firstForm))).StatusCode);
        secondForm["Form.BodyMarkdown"] = "Call the switchboard.";
        secondForm["command"] = "save";
        var refused = await second.PostAsync(editorUrl, new FormUrlEncodedContent(secondForm));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Someone else saved this page", page.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal("Call the switchboard.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
        Assert.Equal("Write to the news desk.", (await app.CreateClient().GetDocumentAsync($"/p/{slug}")).QuerySelector(".prose")?.TextContent.Trim());

        var rows = (await first.GetDocumentAsync(editorUrl + "/revisions")).QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        var compare = await first.GetDocumentAsync(editorUrl + "/revisions/compare");
        Assert.Equal("news ", compare.QuerySelector(".diff-body ins")?.TextContent);
    }
}
