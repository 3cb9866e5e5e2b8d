using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Localization;

public sealed class NewsroomEditionTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task TheNewsroomWorksUnderTheArabicPrefixWithItsFrameInArabic()
    {
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var page = await client.GetDocumentAsync("/ar/admin");

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var nav = page.QuerySelectorAll(".admin-nav a").ToList();
        Assert.Equal("لوحة المتابعة", nav[0].TextContent);
        Assert.All(nav, a => Assert.StartsWith("/ar/admin", a.GetAttribute("href")));
    }

    [Fact]
    public async Task ASignInMadeInOneEditionHoldsInTheOther()
    {
        var user = await app.CreateUserAsync(Roles.Writer);
        var client = app.CreateSecureClient();

        var signIn = await client.PostFormAsync("/ar/account/signin", new()
        {
            ["Email"] = user.Email!,
            ["Password"] = NewsroomClient.Password,
            ["ReturnUrl"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.All(signIn.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("path=/ar", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ar/admin")).StatusCode);
    }

    [Fact]
    public async Task AnEditorGivesASectionItsArabicName()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        await app.StoryAsync(section, author);
        var (client, _) = await app.SignedInAsync(Roles.Editor);

        var saved = await client.PostFormAsync($"/admin/sections/{section.Id}", new()
        {
            ["Form.Name"] = section.Name,
            ["Form.Slug"] = section.Slug,
            ["Form.ArabicName"] = "قسم الاقتصاد",
            ["Form.ArabicDescription"] = "أسواق وتجارة.",
        });
        var arabic = await app.CreateClient().GetDocumentAsync($"/ar/section/{section.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("قسم الاقتصاد", arabic.QuerySelector("h1")?.TextContent);
        Assert.Equal("أسواق وتجارة.", arabic.QuerySelector(".listing-header .dek")?.TextContent);
    }
}
