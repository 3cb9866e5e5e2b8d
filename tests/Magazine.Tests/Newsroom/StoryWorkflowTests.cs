using System.Net;
using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Newsroom;

public sealed class StoryWorkflowTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static string Title() => "Story " + TestData.Unique("w");

    private async Task<HttpStatusCode> ReaderStatusAsync(int id)
    {
        var story = await app.StoredStoryAsync(id);
        if (story.PublishedAt is null)
        {
            return HttpStatusCode.NotFound;
        }
        return (await app.CreateClient().GetAsync(TestData.UrlOf(story))).StatusCode;
    }

    [Fact]
    public async Task WritersStoryReachesReadersOnlyWhenAnEditorPublishesIt()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var title = Title();

        var id = await writer.CreateStoryAsync(title, "## Heading\n\nFirst draft.");
        Assert.Equal(ArticleStatus.Draft, (await app.StoredStoryAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.EditStoryAsync(id, "Submit")).StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await app.StoredStoryAsync(id)).Status);
        Assert.DoesNotContain(title, await app.CreateClient().GetStringAsync("/"));

        var refused = await writer.EditStoryAsync(id, "Publish");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only an editor can publish", (await refused.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
        Assert.Equal(ArticleStatus.InReview, (await app.StoredStoryAsync(id)).Status);
        Assert.Null((await app.StoredStoryAsync(id)).PublishedAt);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.EditStoryAsync(id, "Publish")).StatusCode);
        var published = await app.StoredStoryAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, published.PublishedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, await ReaderStatusAsync(id));
        Assert.Contains(title, await app.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task WriterCannotPublishOrScheduleANewStoryEither()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = Title();

        var publish = await writer.NewStoryAsync(title, "Text", "Publish");
        var schedule = await writer.NewStoryAsync(title, "Text", "Schedule", f => f["Form.PublishAt"] = "2099-01-01T10:00");

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task WriterSeesNoPublishButtons()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var page = await writer.GetDocumentAsync("/admin/stories/new");

        var commands = page.QuerySelectorAll("#story-form button[name='Form.Command']").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(["Save", "Submit", "Preview"], commands);
    }

    [Fact]
    public async Task EditorPublishesDirectlyAndTheStoryKeepsItsDateWhenRepublished()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Text", "Publish");
        var firstPublished = (await app.StoredStoryAsync(id)).PublishedAt;
        Assert.Equal(HttpStatusCode.OK, await ReaderStatusAsync(id));

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PressAsync(id, "unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderStatusAsync(id));
        Assert.Equal(ArticleStatus.Draft, (await app.StoredStoryAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.EditStoryAsync(id, "Publish")).StatusCode);
        Assert.Equal(firstPublished, (await app.StoredStoryAsync(id)).PublishedAt);
        Assert.Equal(HttpStatusCode.OK, await ReaderStatusAsync(id));
    }

    [Fact]
    public async Task ScheduleIsEnteredInTheSiteTimeZoneStoredInUtcAndAppearsByItself()
    {
        await app.WithDbAsync(async db =>
        {
            await db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.TimeZone, "Asia/Tokyo"));
        });
        app.Services.GetRequiredService<SiteIdentityProvider>().Invalidate();
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(now, tokyo).AddHours(2);
        local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0);
        var title = Title();

        var id = await editor.CreateStoryAsync(title, "Scheduled text.", "Schedule",
            f => f["Form.PublishAt"] = local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(ArticleStatus.Published, stored.Status);
        Assert.Equal(local.AddHours(-9), stored.PublishedAt);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderStatusAsync(id));
        var dashboard = await editor.GetDocumentAsync("/admin");
        Assert.Contains(title, dashboard.QuerySelector("[aria-labelledby=scheduled-title]")?.TextContent);
        var editorPage = await editor.GetDocumentAsync($"/admin/stories/{id}");
        Assert.Contains("(Asia/Tokyo)", editorPage.QuerySelector(".status-line")?.TextContent);

        app.Clock.Advance(stored.PublishedAt!.Value - now + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, await ReaderStatusAsync(id));
        Assert.Contains(title, await app.CreateClient().GetStringAsync("/"));
        await app.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.TimeZone, "UTC")));
        app.Services.GetRequiredService<SiteIdentityProvider>().Invalidate();
    }

    [Fact]
    public async Task ScheduleInThePastIsRefusedWithTheTextKept()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var past = app.Clock.GetUtcNow().UtcDateTime.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var response = await editor.NewStoryAsync(Title(), "Words I typed.", "Schedule", f => f["Form.PublishAt"] = past);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("in the future", page.QuerySelector("[data-valmsg-for='Form.PublishAt']")?.TextContent);
        Assert.Equal("Words I typed.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
    }

    [Fact]
    public async Task UnpublishingAScheduledStoryForgetsItsTime()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Text", "Schedule", f => f["Form.PublishAt"] = "2099-05-01T09:30");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PressAsync(id, "unpublish")).StatusCode);

        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Fact]
    public async Task TrashTakesAStoryOffAndRestorePutsItBackAsItWas()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Text", "Publish");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PressAsync(id, "trash")).StatusCode);
        Assert.Equal(ArticleStatus.Trashed, (await app.StoredStoryAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderStatusAsync(id));
        var trash = await editor.GetDocumentAsync("/admin/stories/trash");
        Assert.Contains(trash.QuerySelectorAll("td a"), a => a.GetAttribute("href") == $"/admin/stories/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PressAsync(id, "restore")).StatusCode);
        Assert.Equal(ArticleStatus.Published, (await app.StoredStoryAsync(id)).Status);
        Assert.Equal(HttpStatusCode.OK, await ReaderStatusAsync(id));
    }

    [Fact]
    public async Task WriterTrashesAndRestoresOwnDraft()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var id = await writer.CreateStoryAsync(Title());

        Assert.Equal(HttpStatusCode.Redirect, (await writer.PressAsync(id, "trash")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PressAsync(id, "restore")).StatusCode);

        Assert.Equal(ArticleStatus.Draft, (await app.StoredStoryAsync(id)).Status);
    }

    [Fact]
    public async Task WriterCannotRestoreAStoryThatWasPublished()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await writer.CreateStoryAsync(Title(), "Text", "Submit");
        await editor.EditStoryAsync(id, "Publish");
        await editor.PressAsync(id, "trash");
        var version = (await app.StoredStoryAsync(id)).Version;

        var page = await writer.GetDocumentAsync($"/admin/stories/{id}");
        var response = await writer.PostFormAsync($"/admin/stories/{id}/restore", new() { ["version"] = version.ToString() });

        Assert.Null(page.QuerySelector($"form[action='/admin/stories/{id}/restore']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Trashed, (await app.StoredStoryAsync(id)).Status);
    }

    [Fact]
    public async Task WriterCannotTouchAnotherWritersStory()
    {
        var (author, _) = await app.SignedInAsync(Roles.Writer);
        var (other, _) = await app.SignedInAsync(Roles.Writer);
        var id = await author.CreateStoryAsync(Title(), "Mine.");
        var fields = await author.EditorFieldsAsync($"/admin/stories/{id}");
        fields["Form.BodyMarkdown"] = "Not yours.";
        fields["Form.Command"] = "Save";

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/stories/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/admin/stories/{id}", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/admin/stories/{id}/trash", new() { ["version"] = fields["Form.Version"] })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/stories/{id}/revisions")).StatusCode);
        Assert.Equal("Mine.", (await app.StoredStoryAsync(id)).BodyMarkdown);
        Assert.DoesNotContain($"/admin/stories/{id}\"", await other.GetStringAsync("/admin/stories/drafts"));
    }

    [Fact]
    public async Task WriterCannotChangeOwnStoryOnceEditorsPublishedIt()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await writer.CreateStoryAsync(Title(), "Original.", "Submit");
        await editor.EditStoryAsync(id, "Publish");

        var page = await writer.GetDocumentAsync($"/admin/stories/{id}");
        var response = await writer.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Changed after publication.");

        Assert.Contains(page.QuerySelectorAll(".flash"), p => p.TextContent.Contains("only an editor can change it"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Original.", (await app.StoredStoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task EditorsEditAnyonesStory()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await writer.CreateStoryAsync(Title(), "Writer's text.");

        var response = await editor.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Edited by the desk.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Edited by the desk.", (await app.StoredStoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task EverySaveKeepsARevisionThatCanBeViewedAndRestored()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Version one.");
        await editor.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Version two.");
        await editor.EditStoryAsync(id, "Save", f => f["Form.BodyMarkdown"] = "Version three.");

        var list = await editor.GetDocumentAsync($"/admin/stories/{id}/revisions");
        var links = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        var oldest = await editor.GetDocumentAsync(links[^1]);
        Assert.Equal("Version one.", oldest.QuerySelector(".revision-body")?.TextContent);
        Assert.Equal("<p>Version one.</p>", oldest.QuerySelector(".preview")?.InnerHtml.Trim());

        var restoreForm = oldest.QuerySelector("form[action$='/restore']")!;
        var restored = await editor.PostAsync(restoreForm.GetAttribute("action"), new FormUrlEncodedContent(StoryEditing.FieldsOf(restoreForm)));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var stored = await app.StoredStoryAsync(id);
        Assert.Equal("Version one.", stored.BodyMarkdown);
        Assert.Equal("<p>Version one.</p>", stored.BodyHtml.Trim());
        Assert.Equal(4, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task ChangingAPublishedStorysSlugKeepsTheOldAddressAnswering301()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Text", "Publish", f => f["Form.Slug"] = TestData.Unique("first"));
        var oldUrl = TestData.UrlOf(await app.StoredStoryAsync(id));
        var secondSlug = TestData.Unique("second");
        var thirdSlug = TestData.Unique("third");

        await editor.EditStoryAsync(id, "Save", f => f["Form.Slug"] = secondSlug);
        var secondUrl = TestData.UrlOf(await app.StoredStoryAsync(id));
        await editor.EditStoryAsync(id, "Save", f => f["Form.Slug"] = thirdSlug);
        var currentUrl = TestData.UrlOf(await app.StoredStoryAsync(id));

        var reader = app.CreateBrowserClient();
        foreach (var url in new[] { oldUrl, secondUrl })
        {
            var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(currentUrl, response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(currentUrl)).StatusCode);
    }

    [Fact]
    public async Task ArabicTitleGetsAnArabicSlugAndItsOldAddressRedirectsToo()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var title = "معرض دمشق للكتاب " + TestData.Unique("ع");

        var id = await editor.CreateStoryAsync(title, "نص القصة.", "Publish", f => f["Form.Language"] = "ar");
        var story = await app.StoredStoryAsync(id);
        Assert.Equal(Slugs.From(title), story.Slug);
        Assert.StartsWith("معرض-دمشق-للكتاب-", story.Slug);
        var oldUrl = TestData.UrlOf(story);

        await editor.EditStoryAsync(id, "Save", f => f["Form.Slug"] = "معرض-الكتاب-" + TestData.Unique("x"));
        var response = await app.CreateBrowserClient().GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(TestData.UrlOf(await app.StoredStoryAsync(id)), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DraftSlugChangesLeaveNoRedirect()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title());

        await editor.EditStoryAsync(id, "Save", f => f["Form.Slug"] = TestData.Unique("renamed"));

        Assert.False(await app.WithDbAsync(db => db.Redirects.AnyAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task ProposedSlugsAreUniqueAndATakenTypedSlugIsRefusedWithTheTextKept()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var title = Title();
        var first = await editor.CreateStoryAsync(title);
        var second = await editor.CreateStoryAsync(title);
        var firstSlug = (await app.StoredStoryAsync(first)).Slug;
        Assert.Equal(Slugs.From(title), firstSlug);
        Assert.Equal(firstSlug + "-2", (await app.StoredStoryAsync(second)).Slug);

        var response = await editor.NewStoryAsync(Title(), "My careful words.", "Save", f => f["Form.Slug"] = firstSlug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("already uses this address", page.QuerySelector("[data-valmsg-for='Form.Slug']")?.TextContent);
        Assert.Equal("My careful words.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
    }

    [Fact]
    public async Task SlugEndpointProposesTheSameSlugTheServerWould()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        // Vowel marks (here the damma) fold away and letters with hamza stay, as Slugs.From does for every stored slug.
        Assert.Equal("أسواق-حلب-تعود", await writer.GetStringAsync("/admin/stories/slug?title=" + Uri.EscapeDataString("أسواقُ حلب تعود!")));
        Assert.Equal("cafe-de-flore", await writer.GetStringAsync("/admin/stories/slug?title=Caf%C3%A9%20de%20Flore"));
    }

    [Fact]
    public async Task AHeadlineAndTagWithAnEmojiAreSavedWithSlugsOfTheirWords()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var word = TestData.Unique("e");
        var tag = "Football ⚽🏆 " + TestData.Unique("t");

        var id = await editor.CreateStoryAsync($"Good news 🙂 from {word}", "Text", "Save", f => f["Form.Tags"] = tag);

        var story = await app.StoredStoryAsync(id);
        Assert.Equal($"Good news 🙂 from {word}", story.Title);
        Assert.Equal(Slugs.From($"good news from {word}"), story.Slug);
        Assert.Equal(Slugs.From(tag.Replace("⚽🏆", "")), Assert.Single(story.Tags).Tag.Slug);
        Assert.Equal("good-news-today", await editor.GetStringAsync("/admin/stories/slug?title=" + Uri.EscapeDataString("Good news 🙂 today")));
    }

    [Fact]
    public async Task AnUnreadableCheckboxValueKeepsTheEditorsTextBesideTheError()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await editor.NewStoryAsync(Title(), "My careful words.", "Save", f => f["Form.IsFeatured"] = "on");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("The value 'on' is not valid", page.QuerySelector(".form-errors")?.TextContent);
        Assert.Equal("My careful words.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
    }

    [Fact]
    public async Task TagsTypedWithCommasAreOrderedAndNewOnesCreated()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author, tags: ["Damascus"]);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var fresh = "Fresh " + TestData.Unique("t");

        var id = await editor.CreateStoryAsync(Title(), "Text", "Save", f => f["Form.Tags"] = $"damascus, {fresh}، Damascus ,  ");

        var tags = (await app.StoredStoryAsync(id)).Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Name).ToList();
        Assert.Equal(["Damascus", fresh], tags);
        Assert.Equal(1, await app.WithDbAsync(db => db.Tags.CountAsync(t => t.Slug == "damascus")));

        await editor.EditStoryAsync(id, "Save", f => f["Form.Tags"] = $"{fresh}, Damascus");
        tags = (await app.StoredStoryAsync(id)).Tags.OrderBy(t => t.SortOrder).Select(t => t.Tag.Name).ToList();
        Assert.Equal([fresh, "Damascus"], tags);
    }

    [Fact]
    public async Task EditorFormCarriesEverythingItShows()
    {
        var (section, _) = await app.SectionAndAuthorAsync();
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(Title(), "Body", "Save", f =>
        {
            f["Form.Dek"] = "A standfirst.";
            f["Form.CategoryId"] = section.Id.ToString();
            f["Form.IsFeatured"] = "true";
            f["Form.Language"] = "ar";
        });

        var page = await editor.GetDocumentAsync($"/admin/stories/{id}");

        var stored = await app.StoredStoryAsync(id);
        Assert.Equal(("A standfirst.", section.Id, true, "ar"), (stored.Dek, stored.CategoryId, stored.IsFeatured, stored.Language));
        Assert.Equal("rtl", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.GetAttribute("dir"));
        Assert.Equal("rtl", page.QuerySelector("#preview")?.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector("input[name='Form.IsFeatured'][checked]"));
        Assert.Equal(section.Id.ToString(), page.QuerySelector("select[name='Form.CategoryId'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task LivePreviewIsTheRenderingReadersGet()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        const string markdown = "## Heading\n\n- one\n- [a link](https://example.com)\n\n<script>alert(1)</script>"
            + "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe><iframe src=\"https://evil.example/x\"></iframe>";
        var token = await writer.AntiforgeryTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/stories/preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.BodyMarkdown"] = markdown }),
        };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await writer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = (await response.DocumentAsync()).QuerySelector(".prose")!.InnerHtml.Trim();
        var hosts = (await app.Services.GetRequiredService<SiteIdentityProvider>().GetAsync()).EmbedHosts;
        Assert.Equal(Html.Parse(new StoryRenderer().RenderHtml(markdown, hosts)).Body!.InnerHtml.Trim(), html);
        Assert.Contains("<h2", html);
        Assert.Contains("youtube.com/embed/abc", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task PreviewWithoutTokenIsRefused()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var response = await writer.PostAsync("/admin/stories/preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.BodyMarkdown"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PreviewButtonWorksWithoutScriptsAndSavesNothing()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var title = Title();

        var response = await writer.NewStoryAsync(title, "## Seen before saving", "Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Seen before saving", page.QuerySelector("#preview h2")?.TextContent);
        Assert.Equal(title, page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task MissingHeadlineIsAFormErrorNotAFailure()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);

        var response = await writer.NewStoryAsync("", "Body without a headline.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("needs a headline", page.QuerySelector("[data-valmsg-for='Form.Title']")?.TextContent);
        Assert.Equal("Body without a headline.", page.QuerySelector("textarea[name='Form.BodyMarkdown']")?.TextContent);
    }

    [Fact]
    public async Task DashboardShowsMyDraftsAndWhatWaitsForReview()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var draft = Title();
        var submitted = Title();
        await writer.CreateStoryAsync(draft);
        await writer.CreateStoryAsync(submitted, "Text", "Submit");

        var writerDashboard = await writer.GetDocumentAsync("/admin");
        var editorDashboard = await editor.GetDocumentAsync("/admin");

        Assert.Contains(draft, writerDashboard.QuerySelector("[aria-labelledby=drafts-title]")?.TextContent);
        Assert.Contains(submitted, writerDashboard.QuerySelector("[aria-labelledby=review-title]")?.TextContent);
        Assert.DoesNotContain(draft, editorDashboard.QuerySelector("[aria-labelledby=drafts-title]")?.TextContent);
        Assert.Contains(submitted, (await editor.GetStringAsync("/admin/stories/review")));
        Assert.Null(writerDashboard.QuerySelector("[aria-labelledby=comments-title]"));
    }

    [Fact]
    public async Task DashboardCountsCommentsWaitingForModeration()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var marker = TestData.Unique("c");
        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "Reader " + marker, BodyMarkdown = "Pending words", Status = CommentStatus.Pending, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "Approved", BodyMarkdown = "Fine", Status = CommentStatus.Approved, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });
        var expected = await app.WithDbAsync(db => db.Comments.CountAsync(c => c.Status == CommentStatus.Pending && c.DeletedAt == null));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var dashboard = await editor.GetDocumentAsync("/admin");

        var panel = dashboard.QuerySelector("[aria-labelledby=comments-title]")!;
        Assert.Equal(expected.ToString(), panel.QuerySelector("#pending-count")?.TextContent);
        Assert.Contains("Reader " + marker, panel.TextContent);
        Assert.NotNull(panel.QuerySelector("a[href='/admin/comments']"));
    }
}
