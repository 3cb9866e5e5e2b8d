using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

public sealed class StandalonePagesTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task AboutAndContactPagesAreServedAndContactShowsTheEmail()
    {
        await app.WithDbAsync(async db =>
        {
            if (!db.Pages.Any(p => p.Slug == "about"))
            {
                db.Pages.Add(new Page { Title = "About us", Slug = "about", BodyHtml = "<p>Who we are.</p>", IsPublished = true });
                db.Pages.Add(new Page { Title = "Contact", Slug = "contact", BodyHtml = "<p>Write to us.</p>", IsPublished = true });
                await db.SaveChangesAsync();
            }
        });
        var client = app.CreateClient();

        var about = await client.GetDocumentAsync("/about");
        var contact = await client.GetDocumentAsync("/contact");

        Assert.Equal("About us", about.QuerySelector("h1")?.TextContent);
        Assert.NotNull(contact.QuerySelector(".contact-email a[href='mailto:newsroom@example.com']"));
    }

    [Fact]
    public async Task UnpublishedPageIsNotFound()
    {
        var slug = TestData.Unique("page");
        await app.WithDbAsync(async db =>
        {
            db.Pages.Add(new Page { Title = "Hidden", Slug = slug, IsPublished = false });
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/p/{slug}")).StatusCode);
    }
}
