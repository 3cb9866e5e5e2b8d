using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Magazine.Tests.Infrastructure.CacheAnswers;
using static Magazine.Tests.Trust.TrustSite;

namespace Magazine.Tests.Trust;

/// <summary>Corrections and updates are made in the open: on the story, on /corrections and its feed, in the structured data.</summary>
public sealed class CorrectionsTests(ReadershipFactory app) : IClassFixture<ReadershipFactory>
{
    [Fact]
    public async Task ACorrectionShowsOnTheStoryOnTheCorrectionsPageInItsFeedAndInTheStructuredData()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Bridge reopens " + TestData.Unique("b"));
        var reader = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(TestData.UrlOf(story))).StatusCode);
        Assert.True(FromCache(await reader.GetAsync(TestData.UrlOf(story))));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var correctedAt = app.Clock.GetUtcNow().UtcDateTime;
        var text = "The bridge has four lanes, not **six** " + TestData.Word();

        var posted = await editor.PostFormAsync(FollowUp(story.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = text });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var response = await reader.GetAsync(TestData.UrlOf(story));
        Assert.False(FromCache(response));
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var note = page.QuerySelector(".story-note.correction");
        Assert.NotNull(note);
        Assert.Contains("<strong>six</strong>", note.InnerHtml);
        Assert.Equal("Correction", note.QuerySelector(".story-note-label strong")!.TextContent);
        Assert.Equal(correctedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), note.QuerySelector("time")!.GetAttribute("datetime"));
        var data = StoryJsonLd(page);
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal(correctedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), data.GetProperty("dateModified").GetString());
        var correction = Assert.Single(data.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.StartsWith("The bridge has four lanes, not six", correction.GetProperty("text").GetString());
        Assert.Equal(correctedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), correction.GetProperty("datePublished").GetString());
        Assert.Equal(correctedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));

        var list = await reader.GetDocumentAsync("/corrections");
        var first = list.QuerySelector(".correction")!;
        Assert.Equal(story.Title, first.QuerySelector(".correction-story a")!.TextContent);
        Assert.Contains(text.Split(' ')[^1], first.TextContent);
        Assert.NotNull(list.QuerySelector("link[rel=alternate][type='application/atom+xml'][href$='/corrections/feed']"));

        var feed = await reader.GetAsync("/corrections/feed");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atom = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = atom.Root!.Elements(ns + "entry").First();
        Assert.Equal($"Correction: {story.Title}", entry.Element(ns + "title")!.Value);
        Assert.StartsWith("https://localhost" + TestData.UrlOf(story) + "#note-", entry.Element(ns + "link")!.Attribute("href")!.Value);
        Assert.Contains("<strong>six</strong>", entry.Element(ns + "content")!.Value);
    }

    [Fact]
    public async Task AnUpdateNoteShowsOnTheStoryButNotOnTheCorrectionsPage()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var text = "The ministry has since confirmed the figures " + TestData.Word();

        await editor.PostFormAsync(FollowUp(story.Id, "/notes"), new() { ["Note.Kind"] = "Update", ["Note.Text"] = text });

        var page = await app.CreateClient().GetDocumentAsync(TestData.UrlOf(story));
        Assert.Contains(text, page.QuerySelector(".story-note.update")!.TextContent);
        Assert.False(StoryJsonLd(page).TryGetProperty("correction", out _));
        Assert.DoesNotContain(text, (await app.CreateClient().GetDocumentAsync("/corrections")).Body!.TextContent);
    }

    [Fact]
    public async Task RemovingANoteHidesItFromReadersAndLeavesARecordOfWhoAndWhen()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var (editor, user) = await app.SignedInAsync(Roles.Editor);
        var text = "A wrong correction " + TestData.Word();
        await editor.PostFormAsync(FollowUp(story.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = text });
        var noteId = await app.WithDbAsync(db => db.StoryNotes.Where(n => n.ArticleId == story.Id).Select(n => n.Id).SingleAsync());
        var reader = app.CreateClient();
        Assert.Contains(text, await reader.GetStringAsync(TestData.UrlOf(story)));
        Assert.Contains(text, await reader.GetStringAsync("/corrections"));

        var removed = await editor.PostFormAsync(FollowUp(story.Id, $"/notes/{noteId}/remove"), []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(text, await reader.GetStringAsync(TestData.UrlOf(story)));
        Assert.DoesNotContain(text, await reader.GetStringAsync("/corrections"));
        var stored = await app.WithDbAsync(db => db.StoryNotes.AsNoTracking().SingleAsync(n => n.Id == noteId));
        Assert.Equal(text, stored.BodyMarkdown);
        Assert.Equal(user.Email, stored.RemovedByName);
        // To the microsecond: PostgreSQL keeps no finer time.
        Assert.NotNull(stored.RemovedAt);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.RemovedAt.Value, TimeSpan.FromMicroseconds(1));
        var newsroom = await editor.GetDocumentAsync(FollowUp(story.Id));
        var row = newsroom.QuerySelector(".note-rows li.removed")!;
        Assert.Contains(text, row.TextContent);
        Assert.Contains($"removed by {user.Email}", row.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostFormAsync(FollowUp(story.Id, $"/notes/{noteId}/remove"), [])).StatusCode);
    }

    [Fact]
    public async Task ANoteOnADraftIsRefusedAndAnEmptyOneIsShownBackWithItsReason()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var draft = await app.StoryAsync(section, author, status: ArticleStatus.Draft);
        var story = await app.StoryAsync(section, author);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var onDraft = await editor.PostFormAsync(FollowUp(draft.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = "Kept text" });
        var empty = await editor.PostFormAsync(FollowUp(story.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = "" });
        var missing = await editor.PostFormAsync(FollowUp(int.MaxValue, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = "x" });
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        Assert.Equal(HttpStatusCode.Conflict, onDraft.StatusCode);
        Assert.Contains("Kept text", await onDraft.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(Html.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector(".field-error:not(:empty)"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(FollowUp(story.Id))).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoryNotes.CountAsync(n => n.ArticleId == draft.Id || n.ArticleId == story.Id)));
    }

    [Fact]
    public async Task EachEditionListsTheCorrectionsOfItsOwnStories()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var english = await app.StoryAsync(section, author);
        var arabic = await app.StoryAsync(section, author, language: "ar", title: "جسر " + TestData.ArabicWord());
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var englishText = "English fix " + TestData.Word();
        var arabicText = "تصحيح " + TestData.ArabicWord();
        await editor.PostFormAsync(FollowUp(english.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = englishText });
        await editor.PostFormAsync(FollowUp(arabic.Id, "/notes"), new() { ["Note.Kind"] = "Correction", ["Note.Text"] = arabicText });
        var reader = app.CreateClient();

        var englishPage = await reader.GetStringAsync("/corrections");
        var arabicPage = await reader.GetStringAsync("/ar/corrections");

        Assert.Contains(englishText, englishPage);
        Assert.DoesNotContain(arabicText, englishPage);
        Assert.Contains(arabicText, arabicPage);
        Assert.DoesNotContain(englishText, arabicPage);
        Assert.Contains(arabicText, await reader.GetStringAsync("/ar/corrections/feed"));
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/corrections?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/corrections?page=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/corrections?page=9999")).StatusCode);
    }
}
