using System.Net;
using AngleSharp.Dom;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Localization;

/// <summary>The newsroom's screens in the Arabic edition: Arabic text, right-to-left, and every link, form and redirect kept under /ar/admin.</summary>
public sealed class NewsroomScreensInArabicTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Theory]
    [InlineData("/ar/admin", "لوحة المتابعة", "اكتب قصة جديدة")]
    [InlineData("/ar/admin/stories", "القصص", "اكتب قصة جديدة")]
    [InlineData("/ar/admin/stories/new", "قصة جديدة", "احفظ المسودة")]
    [InlineData("/ar/admin/comments", "التعليقات", "بانتظار المراجعة")]
    [InlineData("/ar/admin/media", "الوسائط", "ارفع")]
    [InlineData("/ar/admin/pages", "الصفحات", "صفحة جديدة")]
    [InlineData("/ar/admin/pages/new", "صفحة جديدة", "احفظ الصفحة")]
    [InlineData("/ar/admin/sections", "الأقسام", "أنشئ القسم")]
    [InlineData("/ar/admin/tags", "الوسوم", "تُنشأ الوسوم من محرر القصص")]
    [InlineData("/ar/admin/users", "المستخدمون", "أضف حسابًا")]
    [InlineData("/ar/admin/users/new", "أضف حسابًا", "أرسل الدعوة")]
    [InlineData("/ar/admin/settings", "الإعدادات", "احفظ الإعدادات")]
    public async Task AScreenShowsArabicAndKeepsItsAddressesInTheEdition(string url, string heading, string text)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author, ArticleStatus.Draft, tags: [TestData.Unique("tag")]);
        var (client, _) = await app.SignedInAsync(Roles.Admin);

        var page = await client.GetDocumentAsync(url);

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(text, page.QuerySelector("main")!.TextContent);
        AssertStaysInTheEdition(page);
    }

    [Fact]
    public async Task TheStoryEditorIsInArabicWithItsActionsUnderTheEdition()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author);
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var page = await client.GetDocumentAsync($"/ar/admin/stories/{story.Id}");

        Assert.Equal("تعديل القصة", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("منشورة", page.QuerySelector(".status-line .badge")?.TextContent);
        Assert.Equal("احفظ التغييرات", page.QuerySelector("button[value=Save]")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".side-actions button"), b => b.TextContent == "ألغِ النشر");
        Assert.Equal($"/ar/admin/stories/{story.Id}", page.QuerySelector("#story-form")?.GetAttribute("action"));
        Assert.Equal($"/ar/admin/stories/preview?id={story.Id}", page.QuerySelector("#preview")?.GetAttribute("data-preview-url"));
        Assert.Equal($"/ar/admin/stories/{story.Id}/autosave", page.QuerySelector("#story-form")?.GetAttribute("data-autosave-url"));
        Assert.StartsWith("هذه الصورة أكبر من 25 ميغابايت", page.QuerySelector("[data-too-large]")?.GetAttribute("data-too-large"));
        AssertStaysInTheEdition(page);
    }

    [Fact]
    public async Task SavingAStoryRedirectsWithinTheEditionAndConfirmsInArabic()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, ArticleStatus.Draft);
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var saved = await client.PostFormAsync($"/ar/admin/stories/{story.Id}", new()
        {
            ["Form.Version"] = story.Version.ToString(),
            ["Form.Title"] = story.Title,
            ["Form.Slug"] = story.Slug,
            ["Form.BodyMarkdown"] = "Body.",
            ["Form.Language"] = "en",
            ["Form.CategoryId"] = section.Id.ToString(),
            ["Form.Command"] = "Save",
        });
        var after = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/ar/admin/stories/{story.Id}", saved.Headers.Location.OriginalString);
        Assert.Equal("حُفظت.", after.QuerySelector(".flash")?.TextContent);
    }

    [Fact]
    public async Task ModerationRedirectsWithinTheEditionAndConfirmsInArabic()
    {
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var moderated = await client.PostFormAsync("/ar/admin/comments/moderate", new() { ["Status"] = "Pending", ["Page"] = "1", ["Action"] = "Approve" });
        var after = await client.GetDocumentAsync(moderated.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, moderated.StatusCode);
        Assert.Equal("/ar/admin/comments?status=pending", moderated.Headers.Location.OriginalString);
        Assert.Equal("حدِّد تعليقًا واحدًا على الأقل أولًا.", after.QuerySelector(".flash")?.TextContent);
    }

    [Fact]
    public async Task AServiceRefusalIsWordedInArabicWithItsCount()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author);
        await app.StoryAsync(section, author);
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var refused = await client.PostFormAsync($"/ar/admin/sections/{section.Id}/delete", new());

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"ما زال «{section.Name}» يضم قصتين", (await refused.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
    }

    /// <summary>No link, form or button of the screen's own content leads out of the Arabic edition's newsroom or account pages.</summary>
    private static void AssertStaysInTheEdition(IDocument page)
    {
        var addresses = page.QuerySelectorAll("main a[href], main form[action], main [formaction], main [data-preview-url], main [data-propose-url]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("action"), e.GetAttribute("formaction"), e.GetAttribute("data-preview-url"), e.GetAttribute("data-propose-url") })
            .OfType<string>()
            .Where(a => a.StartsWith('/'))
            .ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.False(a.StartsWith("/admin") || a.StartsWith("/account"), $"{a} leaves the Arabic edition"));
    }
}
