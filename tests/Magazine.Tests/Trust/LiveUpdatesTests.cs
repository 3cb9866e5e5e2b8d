using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Magazine.Tests.Infrastructure.CacheAnswers;
using static Magazine.Tests.Trust.TrustSite;

namespace Magazine.Tests.Trust;

/// <summary>A breaking story grows in short timestamped updates, posted from the newsroom without editing the story.</summary>
public sealed class LiveUpdatesTests(ReadershipFactory app) : IClassFixture<ReadershipFactory>
{
    [Fact]
    public async Task ALiveStoryShowsItsUpdatesNewestFirstAsALiveBlogUntilTheEditorEndsIt()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var reader = app.CreateClient();
        var version = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => a.Version).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(FollowUp(story.Id, "/live"), new() { ["live"] = "true" })).StatusCode);
        var startedAt = app.Clock.GetUtcNow().UtcDateTime;
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "First: **roads closed** <script>alert(1)</script>" });
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "Second: roads reopen" });
        var page = await reader.GetDocumentAsync(TestData.UrlOf(story));

        var items = page.QuerySelectorAll(".live-updates li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Second: roads reopen", items[0].TextContent);
        Assert.Contains("<strong>roads closed</strong>", items[1].InnerHtml);
        Assert.DoesNotContain("<script>", items[1].InnerHtml);
        Assert.Equal(startedAt.AddMinutes(7).ToString("yyyy-MM-ddTHH:mm:ssZ"), items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal($"/live/{story.Id}", page.QuerySelector("[data-live-updates]")!.GetAttribute("data-live-updates"));
        Assert.True(page.QuerySelector("script[type=module][src*='/js/live-updates']") is not null,
            string.Join(" ", page.QuerySelectorAll("script").Select(s => s.OuterHtml)));
        var data = StoryJsonLd(page);
        Assert.Equal("LiveBlogPosting", data.GetProperty("@type").GetString());
        Assert.Equal(startedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), data.GetProperty("coverageStartTime").GetString());
        Assert.Equal(2, data.GetProperty("liveBlogUpdate").GetArrayLength());
        Assert.Equal(startedAt.AddMinutes(7).ToString("yyyy-MM-ddTHH:mm:ssZ"), data.GetProperty("dateModified").GetString());
        // The story itself was never edited: no new version for an editor with it open to trip over.
        Assert.Equal(version, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => a.Version).SingleAsync()));

        await editor.PostFormAsync(FollowUp(story.Id, "/live"), new() { ["live"] = "false" });

        var ended = await reader.GetDocumentAsync(TestData.UrlOf(story));
        Assert.Equal("NewsArticle", StoryJsonLd(ended).GetProperty("@type").GetString());
        Assert.Equal(2, ended.QuerySelectorAll(".live-updates li").Length);
        Assert.Null(ended.QuerySelector("[data-live-updates]:not([data-live-updates=''])"));
        Assert.Null(ended.QuerySelector("script[src*='/js/live-updates']"));
    }

    [Fact]
    public async Task TheUpdatesListAloneIsCachedAndANewUpdateEvictsIt()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        // Another section's list: a story page nearby would name this one as a neighbour or a related story.
        var (elsewhere, _) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(elsewhere, author);
        var other = $"/section/{elsewhere.Slug}";
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        await editor.PostFormAsync(FollowUp(story.Id, "/live"), new() { ["live"] = "true" });
        await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "One" });
        var reader = app.CreateClient();
        var first = await reader.GetAsync($"/live/{story.Id}");
        await reader.GetAsync(other);
        var second = await reader.GetAsync($"/live/{story.Id}");
        Assert.True(FromCache(second), $"{first.StatusCode} {first.Headers} {first.Content.Headers} / {second.StatusCode} {second.Headers}");

        await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "Two" });

        var list = await reader.GetAsync($"/live/{story.Id}");
        Assert.False(FromCache(list));
        var fragment = Html.Parse(await list.Content.ReadAsStringAsync());
        Assert.Equal(["Two", "One"], fragment.QuerySelectorAll(".live-update-body").Select(b => b.TextContent.Trim()).ToArray());
        Assert.Null(fragment.QuerySelector("header, footer, nav"));
        Assert.Equal("noindex", list.Headers.GetValues("X-Robots-Tag").Single());
        Assert.True(FromCache(await reader.GetAsync(other)));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/live/{int.MaxValue}")).StatusCode);
    }

    [Fact]
    public async Task UpdatesNeedALiveStoryAndText()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var notLive = await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "Too early" });
        await editor.PostFormAsync(FollowUp(story.Id, "/live"), new() { ["live"] = "true" });
        var empty = await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = "   " });
        var tooLong = await editor.PostFormAsync(FollowUp(story.Id, "/updates"), new() { ["Update.Text"] = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.Conflict, notLive.StatusCode);
        Assert.Contains("Too early", await notLive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.LiveUpdates.CountAsync(u => u.ArticleId == story.Id)));
    }
}
