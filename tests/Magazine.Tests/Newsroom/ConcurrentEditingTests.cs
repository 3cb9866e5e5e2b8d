using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Newsroom;

public sealed class ConcurrentEditingTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task SecondStaleSaveIsRefusedWithItsTextKeptAndReadersSeeTheFirst()
    {
        var (first, _) = await app.SignedInAsync(Roles.Editor);
        var (second, _) = await app.SignedInAsync(Roles.Editor);
        var id = await first.CreateStoryAsync("Two editors " + TestData.Unique("c"), "The original text.", "Publish");
        // Both open the same version of the story.
        var firstForm = await first.EditorFieldsAsync($"/admin/stories/{id}");
        var secondForm = await second.EditorFieldsAsync($"/admin/stories/{id}");

        firstForm["Form.BodyMarkdown"] = "The first editor's correction.";
        firstForm["Form.Command"] = "Save";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(firstForm))).StatusCode);

        secondForm["Form.Title"] = "The second editor's headline";
        secondForm["Form.BodyMarkdown"] = "The second editor's long rewrite, typed over ten minutes.";
        secondForm["Form.Command"] = "Save";
        var refused = await second.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(secondForm));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Someone else saved this story while you were editing it", page.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal("The second editor's long rewrite, typed over ten minutes.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
        Assert.Equal("The second editor's headline", page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        Assert.Contains("The first editor's correction.", page.QuerySelector(".conflict pre")?.TextContent);

        var stored = await app.StoredStoryAsync(id);
        Assert.Equal("The first editor's correction.", stored.BodyMarkdown);
        var readerPage = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(stored));
        Assert.Equal("The first editor's correction.", readerPage.QuerySelector("article.story .prose")?.TextContent.Trim());
    }

    [Fact]
    public async Task AfterSeeingTheConflictASecondSaveKnowinglyReplacesTheOtherVersion()
    {
        var (first, _) = await app.SignedInAsync(Roles.Editor);
        var (second, _) = await app.SignedInAsync(Roles.Editor);
        var id = await first.CreateStoryAsync("Merge " + TestData.Unique("c"), "Original.");
        var secondForm = await second.EditorFieldsAsync($"/admin/stories/{id}");
        await first.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "First.");

        secondForm["Form.BodyMarkdown"] = "Second, merged by hand.";
        secondForm["Form.Command"] = "Save";
        var conflict = await second.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(secondForm));
        var again = StoryEditing.FieldsOf((await conflict.DocumentAsync()).QuerySelector("form#story-form")!);
        again["Form.Command"] = "Save";
        var saved = await second.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(again));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Second, merged by hand.", (await app.StoredStoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task StaleWorkflowButtonsChangeNothing()
    {
        var (first, _) = await app.SignedInAsync(Roles.Editor);
        var (second, _) = await app.SignedInAsync(Roles.Editor);
        var id = await first.CreateStoryAsync("Stale " + TestData.Unique("c"), "Text.", "Publish");
        var stalePage = await second.GetDocumentAsync($"/admin/stories/{id}");
        await first.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Newer text.");

        var form = stalePage.QuerySelector($"form[action='/admin/stories/{id}/trash']")!;
        var response = await second.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(StoryEditing.FieldsOf(form)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("someone else changed this story", (await response.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
        Assert.Equal(ArticleStatus.Published, (await app.StoredStoryAsync(id)).Status);
    }
}
