using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Scaling;

/// <summary>
/// Two instances of the site on one database and one Redis, seen only through HTTP: what one
/// instance changes, the other shows at once, and what must happen once happens once.
/// </summary>
public sealed class MultiInstanceTests : IClassFixture<TwoInstances>
{
    private readonly TwoInstances _sites;

    public MultiInstanceTests(TwoInstances sites)
    {
        TestRedisServer.Program.SkipIfMissing();
        _sites = sites;
    }

    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(1);

    [SkippableFact]
    public async Task AStoryPublishedThroughAIsOnBsCachedHomeAndSectionPagesWithinASecond()
    {
        using var editor = await SignedInEditorAsync(_sites.A);
        var fields = await EditorFieldsAsync(editor, _sites.A);
        var section = SectionOf(await editor.PageAsync(_sites.A, "/admin/stories/new"));
        using var reader = TwoInstances.NewReader();
        var sectionPath = SectionPath(await reader.PageAsync(_sites.B, "/"), section.Name);
        await CachedAsync(reader, _sites.B, "/");
        await CachedAsync(reader, _sites.B, sectionPath);

        var title = "Published through A " + TestData.Unique("p");
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "Seen everywhere.";
        fields["Form.CategoryId"] = section.Id;
        fields["Form.Command"] = "Publish";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(_sites.A, "/admin/stories/new", fields)).StatusCode);

        await ShowsWithinAsync(reader, _sites.B, "/", title, Soon);
        await ShowsWithinAsync(reader, _sites.B, sectionPath, title, Soon);
    }

    [SkippableFact]
    public async Task ACommentPostedThroughBIsOnAsCachedStoryPageWithinASecond()
    {
        using var reader = TwoInstances.NewReader("203.0.113.20");
        var story = StoryPath(await reader.PageAsync(_sites.A, "/"));
        await CachedAsync(reader, _sites.A, story);

        var body = "Posted through B " + TestData.Unique("c");
        var response = await PostCommentAsync(reader, _sites.B, story, body);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await ShowsWithinAsync(reader, _sites.A, story, body, Soon);
    }

    [SkippableFact]
    public async Task AReaderSignedInAtAIsSignedInAtBAndAFormServedByAPostsThroughB()
    {
        using var editor = await SignedInEditorAsync(_sites.A);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(_sites.B, "/admin")).StatusCode);

        var fields = await EditorFieldsAsync(editor, _sites.A);
        var title = "Form from A, posted through B " + TestData.Unique("f");
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "Saved.";
        fields["Form.Command"] = "Save";
        var saved = await editor.PostAsync(_sites.B, "/admin/stories/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editorPage = await editor.PageAsync(_sites.A, saved.Headers.Location!.OriginalString);
        Assert.Equal(title, editorPage.QuerySelector<IHtmlInputElement>("[name='Form.Title']")?.Value);

        // The guest comment form carries a protected timestamp: issued by A, read by B.
        using var reader = TwoInstances.NewReader("203.0.113.30");
        var story = StoryPath(await reader.PageAsync(_sites.A, "/"));
        var form = CommentForms.FormFields(await reader.PageAsync(_sites.A, story), "form[action='/comments']");
        form["Name"] = "Reader";
        form["Body"] = "A form from A " + TestData.Unique("t");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostAsync(_sites.B, "/comments", form)).StatusCode);
        await ShowsWithinAsync(reader, _sites.B, story, form["Body"], Soon);
    }

    [SkippableFact]
    public async Task TheCommentRateLimitCountsPostsThroughBothInstances()
    {
        using var reader = TwoInstances.NewReader("203.0.113.40");
        var story = StoryPath(await reader.PageAsync(_sites.A, "/"));
        // The limit is three a minute: A, B, A are taken; the fourth, through B, is refused.
        foreach (var site in (SiteProcess[])[_sites.A, _sites.B, _sites.A])
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostCommentAsync(reader, site, story, "Counted " + TestData.Unique("r"))).StatusCode);
        }
        var refused = await PostCommentAsync(reader, _sites.B, story, "One too many " + TestData.Unique("r"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        using var other = TwoInstances.NewReader("203.0.113.41");
        Assert.Equal(HttpStatusCode.Redirect, (await PostCommentAsync(other, _sites.B, story, "Another reader " + TestData.Unique("r"))).StatusCode);
    }

    [SkippableFact]
    public async Task AScheduledStoryAppearsByItselfOnBothAndIsEvictedOnce()
    {
        using var editor = await SignedInEditorAsync(_sites.B);
        var fields = await EditorFieldsAsync(editor, _sites.B);
        var title = "Scheduled on two instances " + TestData.Unique("s");
        // The editor takes minutes: the next minute that leaves time to warm the caches first.
        var now = DateTime.UtcNow;
        var at = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        if (at - now < TimeSpan.FromSeconds(5))
        {
            at = at.AddMinutes(1);
        }
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = "On time.";
        fields["Form.Command"] = "Schedule";
        fields["Form.PublishAt"] = at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var scheduled = await editor.PostAsync(_sites.B, "/admin/stories/new", fields);
        Assert.True(scheduled.StatusCode == HttpStatusCode.Redirect,
            Html.Parse(await scheduled.Content.ReadAsStringAsync()).QuerySelectorAll(".field-error, .validation-summary-errors").Select(e => e.TextContent.Trim()).FirstOrDefault(t => t.Length > 0));

        using var reader = TwoInstances.NewReader("203.0.113.50");
        await CachedAsync(reader, _sites.A, "/");
        Assert.DoesNotContain(title, await (await reader.GetAsync(_sites.B, "/")).Content.ReadAsStringAsync());
        var wait = at.AddMilliseconds(300) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var first = await reader.GetAsync(_sites.A, "/");
        Assert.Contains(title, await first.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("X-Reader-Cache"), "A's first page after the moment must be rendered anew");
        // B sees the same moment pass but does not evict again: it serves the page A stored.
        var second = await reader.GetAsync(_sites.B, "/");
        Assert.Contains(title, await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("X-Reader-Cache"), "B evicted the page A rendered after the publication");
        Assert.True((await reader.GetAsync(_sites.A, "/")).Headers.Contains("X-Reader-Cache"));
    }

    private static async Task<TwoInstances.Reader> SignedInEditorAsync(SiteProcess site)
    {
        var editor = TwoInstances.NewReader("203.0.113.60");
        var form = CommentForms.FormFields(await editor.PageAsync(site, "/account/signin"), "form[action^='/account/signin']");
        form["Email"] = TwoInstances.EditorEmail;
        form["Password"] = TwoInstances.Password;
        var response = await editor.PostAsync(site, "/account/signin", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
        return editor;
    }

    private static async Task<Dictionary<string, string>> EditorFieldsAsync(TwoInstances.Reader editor, SiteProcess site) =>
        StoryEditing.FieldsOf((await editor.PageAsync(site, "/admin/stories/new")).QuerySelector("form#story-form")!);

    private static (string Id, string Name) SectionOf(IHtmlDocument editorPage)
    {
        var option = editorPage.QuerySelectorAll<IHtmlOptionElement>("select[name='Form.CategoryId'] option").First(o => o.Value.Length > 0);
        return (option.Value, option.Text.Trim());
    }

    private static string SectionPath(IHtmlDocument home, string name) =>
        home.QuerySelectorAll("a[href^='/section/']").First(a => a.TextContent.Trim() == name).GetAttribute("href")!;

    private static string StoryPath(IHtmlDocument home) => home.QuerySelector(".lead-title a")!.GetAttribute("href")!;

    private static async Task<HttpResponseMessage> PostCommentAsync(TwoInstances.Reader reader, SiteProcess site, string story, string body)
    {
        var form = CommentForms.FormFields(await reader.PageAsync(site, story), "form[action='/comments']");
        form["Name"] = "Reader";
        form["Body"] = body;
        return await reader.PostAsync(site, "/comments", form);
    }

    /// <summary>Asks until the page comes from the shared cache, so the test starts from a cached page.</summary>
    private static async Task CachedAsync(TwoInstances.Reader reader, SiteProcess site, string path)
    {
        for (var i = 0; i < 5; i++)
        {
            if ((await reader.GetAsync(site, path)).Headers.Contains("X-Reader-Cache"))
            {
                return;
            }
        }
        Assert.Fail($"{path} at {site.Address} never came from the cache");
    }

    private static async Task ShowsWithinAsync(TwoInstances.Reader reader, SiteProcess site, string path, string text, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        string page;
        do
        {
            page = await (await reader.GetAsync(site, path)).Content.ReadAsStringAsync();
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(50);
        }
        while (clock.Elapsed < within);
        var fresh = (await (await reader.GetAsync(site, path + "?fresh=1")).Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);
        Assert.False(fresh, "a fresh render shows it: the cached page was kept");
        var shown = string.Join(" | ", Html.Parse(page).QuerySelectorAll("h2 a, h3 a").Select(a => a.TextContent.Trim()).Take(12));
        Assert.Fail($"“{text}” was not on {path} at {site.Address} within {within.TotalSeconds} s; it shows {shown}");
    }
}
