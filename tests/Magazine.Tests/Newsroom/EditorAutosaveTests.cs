using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Newsroom;

/// <summary>The editor's autosave: kept beside the story, never a revision, never over a newer save.</summary>
public sealed class EditorAutosaveTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, int id, Action<Dictionary<string, string>> change)
    {
        var fields = await client.EditorFieldsAsync($"/admin/stories/{id}");
        change(fields);
        return await client.PostAsync($"/admin/stories/{id}/autosave", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task AutosaveKeepsTheTextBesideTheStoryWithoutARevisionAndOffersItBack()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Autosaved " + TestData.Unique("a"), "Saved text.");

        var first = await AutosaveAsync(writer, id, f => f["Form.BodyMarkdown"] = "Typed, not saved.");
        var second = await AutosaveAsync(writer, id, f => f["Form.BodyMarkdown"] = "Typed some more, not saved.");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal("Saved text.", stored.BodyMarkdown);
        Assert.Equal(1, stored.Version);
        Assert.Equal(1, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
        var copy = Assert.Single(await app.WithDbAsync(db => db.StoryAutosaves.Where(a => a.ArticleId == id).ToListAsync()));
        Assert.Equal("Typed some more, not saved.", copy.BodyMarkdown);

        var editor = await writer.GetDocumentAsync($"/admin/stories/{id}");
        Assert.Equal("Saved text.", editor.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
        var offer = editor.QuerySelector(".recover a")?.GetAttribute("href");
        Assert.Equal($"/admin/stories/{id}?from=autosave", offer);
        var restored = await writer.GetDocumentAsync(offer!);
        Assert.Equal("Typed some more, not saved.", restored.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);

        // Saving it makes it the story, with its revision, and the kept copy goes.
        var again = StoryEditing.FieldsOf(restored.QuerySelector("form#story-form")!);
        again["Form.Command"] = "Save";
        var saved = await writer.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(again));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Typed some more, not saved.", (await app.StoredStoryAsync(id)).BodyMarkdown);
        Assert.False(await app.WithDbAsync(db => db.StoryAutosaves.AnyAsync(a => a.ArticleId == id)));
        Assert.Null((await writer.GetDocumentAsync($"/admin/stories/{id}")).QuerySelector(".recover a"));
    }

    [Fact]
    public async Task AutosaveOverANewerSaveIsRefusedAndChangesNothing()
    {
        var (first, _) = await app.SignedInAsync(Roles.Editor);
        var (second, _) = await app.SignedInAsync(Roles.Editor);
        var id = await first.CreateStoryAsync("Two desks " + TestData.Unique("a"), "Original.", "Publish");
        var stale = await second.EditorFieldsAsync($"/admin/stories/{id}");
        await first.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "The newer save.");

        stale["Form.BodyMarkdown"] = "Typed over the old version.";
        var response = await second.PostAsync($"/admin/stories/{id}/autosave", new FormUrlEncodedContent(stale));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this story", await response.Content.ReadAsStringAsync());
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal("The newer save.", stored.BodyMarkdown);
        Assert.False(await app.WithDbAsync(db => db.StoryAutosaves.AnyAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task AutosaveOfALiveStoryNeverReachesReaders()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync("Live " + TestData.Unique("a"), "What readers read.", "Publish");

        Assert.Equal(HttpStatusCode.OK, (await AutosaveAsync(editor, id, f => f["Form.BodyMarkdown"] = "Half-written correction")).StatusCode);

        var stored = await app.StoredStoryAsync(id);
        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(stored));
        Assert.Equal("What readers read.", page.QuerySelector("article.story .prose")?.TextContent.Trim());
    }

    [Fact]
    public async Task AWriterCannotAutosaveSomeoneElsesStory()
    {
        var (owner, _) = await app.SignedInAsync(Roles.Writer);
        var (other, _) = await app.SignedInAsync(Roles.Writer);
        var id = await owner.CreateStoryAsync("Mine " + TestData.Unique("a"), "Text.");
        var fields = await owner.EditorFieldsAsync($"/admin/stories/{id}");
        fields["__RequestVerificationToken"] = await other.AntiforgeryTokenAsync();

        var response = await other.PostAsync($"/admin/stories/{id}/autosave", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.StoryAutosaves.AnyAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task ANewStorysFirstAutosaveMakesItADraft()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = "Begun " + TestData.Unique("a");
        var fields = await writer.EditorFieldsAsync();
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "The first lines.";

        var response = await writer.PostAsync("/admin/stories/new/autosave", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var story = await app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Title == title));
        Assert.Equal(ArticleStatus.Draft, story.Status);
        Assert.Equal("The first lines.", story.BodyMarkdown);
        Assert.Contains($"\"url\":\"/admin/stories/{story.Id}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheEditorWritesLineEndingsWithoutCarriageReturns()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Lines " + TestData.Unique("a"), "First paragraph.\r\n\r\nSecond paragraph.");

        var html = await writer.GetStringAsync($"/admin/stories/{id}");

        Assert.DoesNotContain("&#xD;", html);
        Assert.Contains("First paragraph.&#xA;&#xA;Second paragraph.", html);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", (await app.StoredStoryAsync(id)).BodyMarkdown);
    }
}
