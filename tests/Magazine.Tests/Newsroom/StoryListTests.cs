using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Newsroom;

/// <summary>The story list: opens on All (editors) or Mine (writers), counts on every tab, search and filters.</summary>
public sealed class StoryListTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static List<string> Headlines(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task EditorsOpenOnAllAndWritersOnMine()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var editors = await editor.GetDocumentAsync("/admin/stories");
        var writers = await writer.GetDocumentAsync("/admin/stories");

        Assert.Equal("/admin/stories/all", editors.QuerySelector(".tabs a[aria-current=page]")?.GetAttribute("href"));
        Assert.Equal("/admin/stories/mine", writers.QuerySelector(".tabs a[aria-current=page]")?.GetAttribute("href"));
        Assert.Null(writers.QuerySelector(".tabs a[href='/admin/stories/all']"));
        Assert.Null(writers.QuerySelector("#filter-author"));
    }

    [Fact]
    public async Task EveryTabCountsItsStoriesUnderTheFilters()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var word = TestData.Word() + TestData.Word();
        await writer.CreateStoryAsync($"Draft about {word}", "Text.");
        await writer.CreateStoryAsync($"Another draft on {word}", "Text.");
        await writer.CreateStoryAsync($"Submitted {word}", "Text.", "Submit");
        var trashed = await writer.CreateStoryAsync($"Binned {word}", "Text.");
        await writer.PressAsync(trashed, "trash");

        var page = await writer.GetDocumentAsync($"/admin/stories/mine?q={word}");

        string Count(string list) => page.QuerySelector($".tabs a[href^='/admin/stories/{list}'] .count")!.TextContent;
        Assert.Equal("3", Count("mine"));
        Assert.Equal("2", Count("drafts"));
        Assert.Equal("1", Count("review"));
        Assert.Equal("0", Count("published"));
        Assert.Equal("1", Count("trash"));
        Assert.Equal($"/admin/stories/drafts?q={word}", page.QuerySelector(".tabs a[href^='/admin/stories/drafts']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchFindsAStoryByAWordOfItsTextAndFiltersByAuthor()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (writer, user) = await app.SignedInAsync(Roles.Writer);
        var (other, _) = await app.SignedInAsync(Roles.Writer);
        var word = TestData.Word() + TestData.Word();
        await writer.CreateStoryAsync("The harbour at dawn", $"Fishermen talk of {word} and little else.");
        await other.CreateStoryAsync("The harbour at dusk", $"Nobody mentions {word.ToUpperInvariant()} here.");
        await writer.CreateStoryAsync("Unrelated", "Nothing to find.");
        var authorId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Authors.Where(a => a.UserId == user.Id).Select(a => a.Id)));

        var both = await editor.GetDocumentAsync($"/admin/stories?q={word}");
        var byAuthor = await editor.GetDocumentAsync($"/admin/stories?q={word}&author={authorId}");

        Assert.Equal(["The harbour at dusk", "The harbour at dawn"], Headlines(both));
        Assert.Equal(["The harbour at dawn"], Headlines(byAuthor));
        Assert.Equal(authorId.ToString(), byAuthor.QuerySelector("#filter-author option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task FiltersBySectionLanguageAndDate()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var (section, _) = await app.SectionAndAuthorAsync();
        var word = TestData.Word() + TestData.Word();
        await editor.CreateStoryAsync($"In the section {word}", "Text.", change: f => f["Form.CategoryId"] = section.Id.ToString());
        await editor.CreateStoryAsync($"بالعربية {word}", "نص.", change: f => f["Form.Language"] = "ar");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        Assert.Equal([$"In the section {word}"], Headlines(await editor.GetDocumentAsync($"/admin/stories?q={word}&section={section.Id}")));
        Assert.Equal([$"بالعربية {word}"], Headlines(await editor.GetDocumentAsync($"/admin/stories?q={word}&language=ar")));
        Assert.Equal(2, Headlines(await editor.GetDocumentAsync($"/admin/stories?q={word}&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}")).Count);
        Assert.Empty(Headlines(await editor.GetDocumentAsync($"/admin/stories?q={word}&to={today.AddDays(-2):yyyy-MM-dd}")));
    }

    [Fact]
    public async Task TheCalendarsFirstAndLastDaysAsDatesListEverything()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var word = TestData.Word() + TestData.Word();
        await editor.CreateStoryAsync($"Dated {word}", "Text.");

        var page = await editor.GetDocumentAsync($"/admin/stories?q={word}&from=0001-01-01&to=9999-12-31");

        Assert.Equal([$"Dated {word}"], Headlines(page));
        Assert.Equal("9999-12-31", page.QuerySelector("input[name='to']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheListIsSortedByLastChange()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var word = TestData.Word() + TestData.Word();
        var older = await writer.CreateStoryAsync($"Older {word}", "Text.");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await writer.CreateStoryAsync($"Newer {word}", "Text.");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await writer.EditStoryAsync(older, "Save", f => f["Form.BodyMarkdown"] = "Changed last.");

        Assert.Equal([$"Older {word}", $"Newer {word}"], Headlines(await writer.GetDocumentAsync($"/admin/stories?q={word}")));
    }

    [Theory]
    [InlineData("/admin/stories/nonsense")]
    [InlineData("/admin/stories?from=not-a-date")]
    [InlineData("/admin/stories?page=0")]
    public async Task BadListAddressesAreNotFound(string url)
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
    }
}
