using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.ReaderSite;

public sealed class HomePageTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task ShowsFeaturedStoryAsLeadAndHidesUnpublishedOnes()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var lead = await app.StoryAsync(section, author, featured: true, publishedAt: now.AddMinutes(-30));
        var latest = await app.StoryAsync(section, author, publishedAt: now.AddMinutes(-1));
        var draft = await app.StoryAsync(section, author, ArticleStatus.Draft);
        var scheduled = await app.StoryAsync(section, author, publishedAt: now.AddDays(1));

        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal(lead.Title, page.QuerySelector(".lead-title a")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".latest .card-title a"), a => a.TextContent == latest.Title);
        Assert.DoesNotContain(draft.Title, page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(scheduled.Title, page.DocumentElement.OuterHtml);
        Assert.Contains(page.QuerySelectorAll(".section-block h2 a"), a => a.GetAttribute("href") == $"/section/{section.Slug}");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task FooterCarriesPublisherBlurbAndContactEmailFromSettings()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.Contains("independent magazine", footer.QuerySelector(".blurb")?.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='mailto:newsroom@example.com']"));
    }

    [Fact]
    public async Task EmptyAdSlotsRenderNothing()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Empty(page.QuerySelectorAll(".ad"));
    }
}

public sealed class AdSlotTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory()
        .With("Magazine:Site:AdSidebar", "<div class=\"sponsor\">Sponsored by the bakery</div>");

    [Fact]
    public async Task AdSlotMarkupFromSettingsIsShown()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Sponsored by the bakery", page.QuerySelector("aside.ad-sidebar .sponsor")?.TextContent);
        Assert.Null(page.QuerySelector("aside.ad-header"));
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>
/// The home page's statement has a fixed number of places for sections (compiled) and is
/// composed for more: either way every section shows its four newest published stories.
/// </summary>
public sealed class HomePageSectionBlocksTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public async Task EverySectionShowsItsFourNewestPublishedStories(int sectionCount)
    {
        using var app = new MagazineFactory();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var existing = 0;
        await app.WithDbAsync(async db => existing = await db.Categories.CountAsync());
        var sections = new List<(Category Section, List<Article> Shown, List<Article> Hidden)>();
        for (var i = existing; i < sectionCount; i++)
        {
            var (section, author) = await app.SectionAndAuthorAsync();
            var stories = new List<Article>();
            for (var minutes = 1; minutes <= 5; minutes++)
            {
                stories.Add(await app.StoryAsync(section, author, publishedAt: now.AddMinutes(-minutes - 10 * i)));
            }
            var draft = await app.StoryAsync(section, author, ArticleStatus.Draft);
            var scheduled = await app.StoryAsync(section, author, publishedAt: now.AddHours(1));
            sections.Add((section, stories[..4], [stories[4], draft, scheduled]));
        }

        var page = await app.CreateClient().GetDocumentAsync("/");

        var blocks = page.QuerySelectorAll(".section-block");
        Assert.Equal(sectionCount, page.QuerySelectorAll(".site-nav a[href^='/section/']").Length);
        foreach (var (section, shown, hidden) in sections)
        {
            var block = Assert.Single(blocks, b => b.QuerySelector("h2 a")?.GetAttribute("href") == $"/section/{section.Slug}");
            var titles = block.QuerySelectorAll(".card-title a, li a").Select(a => a.TextContent).ToList();
            Assert.All(shown, story => Assert.Contains(story.Title, titles));
            Assert.All(hidden, story => Assert.DoesNotContain(story.Title, titles));
        }
    }
}
