using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Newsroom;

/// <summary>A writer may not feature, schedule or publish by any field or request; the form shows only what they may change.</summary>
public sealed class WriterPermissionTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task TheWritersFormHasNoFeatureBoxScheduleOrPublishButtons()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var page = await writer.GetDocumentAsync("/admin/stories/new");

        Assert.Null(page.QuerySelector("[name='Form.IsFeatured']"));
        Assert.Null(page.QuerySelector("[name='Form.PublishAt']"));
        Assert.Equal(["Save", "Submit", "Preview"], page.QuerySelectorAll("#story-form button[name='Form.Command']").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public async Task FeaturingPostedByAWriterIsIgnoredOnCreateAndOnSave()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Feature me " + TestData.Unique("w"), "Text.", change: f => f["Form.IsFeatured"] = "true");
        Assert.False((await app.StoredStoryAsync(id)).IsFeatured);

        var saved = await writer.EditStoryAsync(id, "Submit", f => f["Form.IsFeatured"] = "true");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False((await app.StoredStoryAsync(id)).IsFeatured);
    }

    [Fact]
    public async Task AWritersSaveKeepsTheFeatureAnEditorChose()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Desk's pick " + TestData.Unique("w"), "Text.");
        await editor.EditStoryAsync(id, "Save", f => f["Form.IsFeatured"] = "true");

        await writer.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Writer's edit.");

        var stored = await app.StoredStoryAsync(id);
        Assert.True(stored.IsFeatured);
        Assert.Equal("Writer's edit.", stored.BodyMarkdown);
    }

    [Theory]
    [InlineData("Publish")]
    [InlineData("Schedule")]
    public async Task PublishingOrSchedulingPostedByAWriterIsRefused(string command)
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Eager " + TestData.Unique("w"), "Text.");

        var response = await writer.EditStoryAsync(id, command, f => f["Form.PublishAt"] = "2099-01-01T10:00");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Fact]
    public async Task APublishTimePostedWithASaveChangesNothing()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync("Timed " + TestData.Unique("w"), "Text.");

        await writer.EditStoryAsync(id, "Save", f => f["Form.PublishAt"] = "2020-01-01T10:00");

        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Fact]
    public async Task AWriterCannotUnpublish()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await editor.CreateStoryAsync("Live " + TestData.Unique("w"), "Text.", "Publish");

        var response = await writer.PostFormAsync($"/admin/stories/{id}/unpublish", new() { ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await app.StoredStoryAsync(id)).Status);
    }
}
