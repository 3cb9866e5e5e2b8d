using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Newsroom;

public sealed class ManagementTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string action, Action<Dictionary<string, string>>? change = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"{pageUrl} has no form for {action}");
        var fields = StoryEditing.FieldsOf(form);
        change?.Invoke(fields);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task SectionIsCreatedRenamedWithARedirectReorderedAndShownInTheNavigation()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var name = "Sport " + TestData.Unique("s");
        var neighbour = "Weather " + TestData.Unique("s");
        await SubmitAsync(editor, "/admin/sections", "/admin/sections", f => f["Form.Name"] = neighbour);

        var created = await SubmitAsync(editor, "/admin/sections", "/admin/sections", f => f["Form.Name"] = name);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var section = await app.WithDbAsync(db => db.Categories.SingleAsync(c => c.Name == name));
        var home = await app.CreateClient().GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".site-nav a"), a => a.TextContent == name);

        var renamed = name + " and Games";
        var newSlug = TestData.Unique("games");
        var saved = await SubmitAsync(editor, $"/admin/sections/{section.Id}", $"/admin/sections/{section.Id}", f =>
        {
            f["Form.Name"] = renamed;
            f["Form.Slug"] = newSlug;
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var old = await app.CreateBrowserClient().GetAsync($"/section/{section.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/section/{newSlug}", old.Headers.Location?.OriginalString);
        var nav = (await app.CreateClient().GetDocumentAsync("/")).QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Contains(renamed, nav);

        // Created last, it comes after its neighbour; one step up puts it before.
        Assert.True(nav.IndexOf(renamed) > nav.IndexOf(neighbour));
        await SubmitAsync(editor, "/admin/sections", $"/admin/sections/{section.Id}/move", f => f["step"] = "-1");
        var navAfter = (await app.CreateClient().GetDocumentAsync("/")).QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(navAfter.IndexOf(neighbour) - 1, navAfter.IndexOf(renamed));
    }

    [Fact]
    public async Task SectionWithStoriesIsNotDeletedAndAnEmptyOneIs()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author, ArticleStatus.Trashed);
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var refused = await editor.PostFormAsync($"/admin/sections/{section.Id}/delete", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("still holds 1 story", (await refused.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == section.Id)));

        var (empty, _) = await app.SectionAndAuthorAsync();
        var deleted = await editor.PostFormAsync($"/admin/sections/{empty.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == empty.Id)));
        Assert.DoesNotContain(empty.Name, await app.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task TagIsRenamedWithARedirect()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var name = "Olives " + TestData.Unique("t");
        await app.StoryAsync(section, author, tags: [name]);
        var tag = await app.WithDbAsync(db => db.Tags.SingleAsync(t => t.Name == name));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await SubmitAsync(editor, $"/admin/tags/{tag.Id}", $"/admin/tags/{tag.Id}", f =>
        {
            f["Form.Name"] = "Olive harvest";
            f["Form.Slug"] = "";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("olive-harvest", (await app.WithDbAsync(db => db.Tags.SingleAsync(t => t.Id == tag.Id))).Slug);
        var old = await app.CreateBrowserClient().GetAsync($"/tag/{tag.Slug}");
        Assert.Equal("/tag/olive-harvest", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task MergingATagMovesItsStoriesAndRedirectsItsAddress()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var from = "Aleppo soap " + TestData.Unique("m");
        var into = "Soap " + TestData.Unique("m");
        var onlyFrom = await app.StoryAsync(section, author, tags: [from, "Extra " + TestData.Unique("x")]);
        var both = await app.StoryAsync(section, author, tags: [into, from]);
        var (fromTag, intoTag) = await app.WithDbAsync(async db => (await db.Tags.SingleAsync(t => t.Name == from), await db.Tags.SingleAsync(t => t.Name == into)));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await SubmitAsync(editor, $"/admin/tags/{fromTag.Id}", $"/admin/tags/{fromTag.Id}/merge", f => f["Merge.Into"] = into);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tagsOf = await app.WithDbAsync(db => db.ArticleTags.Where(at => at.ArticleId == onlyFrom.Id || at.ArticleId == both.Id)
            .Select(at => new { at.ArticleId, at.TagId, at.SortOrder }).ToListAsync());
        Assert.Contains(tagsOf, t => t.ArticleId == onlyFrom.Id && t.TagId == intoTag.Id && t.SortOrder == 0);
        Assert.Single(tagsOf, t => t.ArticleId == both.Id);
        Assert.DoesNotContain(tagsOf, t => t.TagId == fromTag.Id);
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == fromTag.Id)));
        var old = await app.CreateBrowserClient().GetAsync($"/tag/{fromTag.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/tag/{intoTag.Slug}", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task MergingIntoAnUnknownTagIsAFormError()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var name = "Lonely " + TestData.Unique("m");
        await app.StoryAsync(section, author, tags: [name]);
        var tag = await app.WithDbAsync(db => db.Tags.SingleAsync(t => t.Name == name));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await SubmitAsync(editor, $"/admin/tags/{tag.Id}", $"/admin/tags/{tag.Id}/merge", f => f["Merge.Into"] = "No such tag at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no tag", (await response.DocumentAsync()).QuerySelector("[data-valmsg-for='Merge.Into']")?.TextContent);
    }

    [Fact]
    public async Task DeletingATagKeepsItsStories()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var name = "Gone " + TestData.Unique("d");
        var story = await app.StoryAsync(section, author, tags: [name]);
        var tag = await app.WithDbAsync(db => db.Tags.SingleAsync(t => t.Name == name));
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var response = await editor.PostFormAsync($"/admin/tags/{tag.Id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == tag.Id)));
        Assert.True(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == story.Id)));
    }

    [Fact]
    public async Task AdministratorCreatesAnAccountSetsItsRoleAndLocksIt()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var created = await SubmitAsync(admin, "/admin/users/new", "/admin/users/new", f =>
        {
            f["Email"] = email;
            f["DisplayName"] = "Hala Writer";
            f["Role"] = Roles.Writer;
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.True(await app.WithDbAsync(db => db.Authors.AnyAsync(a => a.UserId == user.Id && a.DisplayName == "Hala Writer")));
        // An invitation: no password until its owner chooses one from the link (Mail/AccountMailTests follows it).
        Assert.Null(user.PasswordHash);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MagazineUser>>();
            Assert.True((await users.AddPasswordAsync((await users.FindByIdAsync(user.Id))!, NewsroomClient.Password)).Succeeded);
        }

        var person = app.CreateSecureClient();
        await person.SignInAsync(email, NewsroomClient.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/admin/sections")).StatusCode);

        await SubmitAsync(admin, "/admin/users", $"/admin/users/{user.Id}/role", f => f["role"] = Roles.Editor);
        // The role travels in the sign-in; a new sign-in (or the next stamp check) carries the new one.
        var again = app.CreateSecureClient();
        await again.SignInAsync(email, NewsroomClient.Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin/sections")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, "/admin/users", $"/admin/users/{user.Id}/lock")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateSecureClient().SignInAsync(email, NewsroomClient.Password)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, "/admin/users", $"/admin/users/{user.Id}/unlock")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateSecureClient().SignInAsync(email, NewsroomClient.Password)).StatusCode);
    }

    [Fact]
    public async Task AccountFormShowsIdentityErrors()
    {
        var (admin, me) = await app.SignedInAsync(Roles.Admin);

        var response = await SubmitAsync(admin, "/admin/users/new", "/admin/users/new", f =>
        {
            f["Email"] = me.Email!;
            f["DisplayName"] = "Twice";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is already taken", (await response.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
    }

    [Fact]
    public async Task TheLastAdministratorCannotBeDemoted()
    {
        using var site = new MagazineFactory();
        var (admin, me) = await site.SignedInAsync(Roles.Admin);

        var response = await admin.PostFormAsync($"/admin/users/{me.Id}/role", new() { ["role"] = Roles.Editor });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only administrator", (await response.DocumentAsync()).QuerySelector(".form-errors")?.TextContent);
    }

    [Fact]
    public async Task SettingsChangeWhatReadersSee()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var name = "Ledger " + TestData.Unique("n");

        var response = await SubmitAsync(admin, "/admin/settings", "/admin/settings", f =>
        {
            f["SiteName"] = name;
            f["PublisherBlurb"] = "Published by **friends** of [the press](https://example.org).<script>x()</script>";
            f["EmbedHosts"] = "www.youtube.com, player.vimeo.com";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await app.CreateClient().GetDocumentAsync("/");
        Assert.Equal(name, home.QuerySelector(".brand-name")?.TextContent);
        var blurb = home.QuerySelector(".site-footer .blurb")!;
        Assert.Equal("friends", blurb.QuerySelector("strong")?.TextContent);
        Assert.Null(blurb.QuerySelector("script"));
    }

    [Fact]
    public async Task TheArabicEditionShowsTheSitesArabicIdentityAndPageVersions()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var slug = TestData.Unique("terms");
        var settings = await SubmitAsync(admin, "/admin/settings", "/admin/settings", f =>
        {
            f["SiteName"] = "The Ledger";
            f["ArabicSiteName"] = "الدفتر";
            f["ArabicTagline"] = "أخبار مستقلة";
            f["PublisherBlurb"] = "Published by friends of the press.";
            f["ArabicPublisherBlurb"] = "يصدرها أصدقاء الصحافة.";
        });
        var page = await SubmitAsync(admin, "/admin/pages/new", "/admin/pages/new", f =>
        {
            f["Form.Title"] = "Terms";
            f["Form.Slug"] = slug;
            f["Form.BodyMarkdown"] = "The terms.";
            f["Form.ArabicTitle"] = "الشروط";
            f["Form.ArabicBodyMarkdown"] = "نص الشروط.";
            f["command"] = "save";
        });

        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var arabic = await app.CreateClient().GetDocumentAsync($"/ar/p/{slug}");
        var english = await app.CreateClient().GetDocumentAsync($"/p/{slug}");
        Assert.Equal("الدفتر", arabic.QuerySelector(".brand-name")?.TextContent);
        Assert.Equal("أخبار مستقلة", arabic.QuerySelector(".brand-tagline")?.TextContent);
        Assert.Equal("يصدرها أصدقاء الصحافة.", arabic.QuerySelector(".site-footer .blurb")?.TextContent.Trim());
        Assert.EndsWith("| الدفتر", arabic.Title);
        Assert.Equal("الشروط", arabic.QuerySelector("h1")?.TextContent);
        Assert.Equal("ar", arabic.QuerySelector("article.page")?.GetAttribute("lang"));
        Assert.Equal("The Ledger", english.QuerySelector(".brand-name")?.TextContent);
        Assert.Equal("Terms", english.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AnEnglishBlurbInTheArabicEditionKeepsItsOwnDirection()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        await SubmitAsync(admin, "/admin/settings", "/admin/settings", f =>
        {
            f["PublisherBlurb"] = "Published by friends of the press.";
            f["ArabicPublisherBlurb"] = "";
        });

        var arabic = await app.CreateClient().GetDocumentAsync("/ar/");

        // dir="auto" makes the English blurb left-to-right, so its full stop stays at its end.
        Assert.Equal("auto", arabic.QuerySelector(".site-footer .blurb")?.GetAttribute("dir"));
        Assert.Equal("Published by friends of the press.", arabic.QuerySelector(".site-footer .blurb")?.TextContent.Trim());
    }

    [Fact]
    public async Task SettingsRefuseAnUnknownTimeZoneAndABadHost()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);

        var response = await SubmitAsync(admin, "/admin/settings", "/admin/settings", f =>
        {
            f["TimeZone"] = "Mars/Olympus_Mons";
            f["EmbedHosts"] = "https://www.youtube.com/embed";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("not a time zone", page.QuerySelector("[data-valmsg-for='TimeZone']")?.TextContent);
        Assert.Contains("not a host name", page.QuerySelector("[data-valmsg-for='EmbedHosts']")?.TextContent);
    }

    [Theory]
    [InlineData("ads.example.net, إعلانات.example")]
    [InlineData("🙂")]
    public async Task SettingsRefuseAHostThatAHeaderCannotCarry(string hosts)
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);

        var response = await SubmitAsync(admin, "/admin/settings", "/admin/settings", f => f["AdHosts"] = hosts);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a host name", (await response.DocumentAsync()).QuerySelector("[data-valmsg-for='AdHosts']")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task StandalonePageIsCreatedEditedAndDeleted()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);
        var slug = TestData.Unique("privacy");

        var created = await SubmitAsync(editor, "/admin/pages/new", "/admin/pages/new", f =>
        {
            f["Form.Title"] = "Privacy";
            f["Form.Slug"] = slug;
            f["Form.BodyMarkdown"] = "## What we keep\n\nAs little as we can.";
            f["command"] = "save";
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await app.CreateClient().GetDocumentAsync($"/p/{slug}");
        Assert.Equal("What we keep", page.QuerySelector(".prose h2")?.TextContent);

        var id = await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        var newSlug = TestData.Unique("privacy-policy");
        await SubmitAsync(editor, $"/admin/pages/{id}", $"/admin/pages/{id}", f =>
        {
            f["Form.Slug"] = newSlug;
            f["command"] = "save";
        });
        Assert.Equal($"/p/{newSlug}", (await app.CreateBrowserClient().GetAsync($"/p/{slug}")).Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(editor, $"/admin/pages/{id}", $"/admin/pages/{id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/p/{newSlug}")).StatusCode);
    }

    [Fact]
    public async Task AboutPageIsEditable()
    {
        await app.WithDbAsync(async db =>
        {
            if (!await db.Pages.AnyAsync(p => p.Slug == "about"))
            {
                db.Pages.Add(new Page { Title = "About", Slug = "about", BodyMarkdown = "Old", BodyHtml = "<p>Old</p>", IsPublished = true });
                await db.SaveChangesAsync();
            }
        });
        var id = await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        await SubmitAsync(editor, $"/admin/pages/{id}", $"/admin/pages/{id}", f =>
        {
            f["Form.BodyMarkdown"] = "We are *independent*.";
            f["command"] = "save";
        });

        var about = await app.CreateClient().GetDocumentAsync("/about");
        Assert.Equal("independent", about.QuerySelector(".prose em")?.TextContent);
    }
}
