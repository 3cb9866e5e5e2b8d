using System.Globalization;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Editions;
using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Magazine.Web.Queries;

/// <summary>The reader's lists: home, the archive, and section, tag and author pages.</summary>
public sealed class StoryListQueries(
    MagazineDbContext db, SiteIdentityProvider site, TimeProvider clock, ReaderPageTags pageTags, IOptions<MagazineOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The stories this edition lists (see <see cref="EditionStories"/>).</summary>
    private IQueryable<Article> Listed => db.Articles.AsNoTracking().InEdition(db.Articles, Now, options.Value.Editions);

    public async Task<HomeViewModel> HomeAsync(CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var sections = (await site.GetAsync(cancellationToken)).Sections;
        var batch = (await HomeBatchAsync(sections.Select(s => s.Id).ToList(), cancellationToken)).NewestFirst().ToList();

        var lead = (batch.FirstOrDefault(r => r.More.IsFeatured) ?? batch.FirstOrDefault())?.Card;
        var latest = batch.Where(r => r.Card.Id != lead?.Id).Take(HomeStatement.LatestOnHome + 1).Select(r => r.Card).ToList();
        var hasMore = latest.Count > HomeStatement.LatestOnHome;
        var blocks = new List<SectionBlock>();
        foreach (var section in sections)
        {
            pageTags.Add(ReaderTags.Section(section.Id));
            var stories = batch.Where(r => r.More.CategoryId == section.Id).Take(HomeStatement.StoriesPerSection).Select(r => r.Card).ToList();
            if (stories.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Label, section.Slug, stories));
            }
        }
        pageTags.Add(ReaderTags.Home).Stories(latest.Select(s => s.Id)).Stories(blocks.SelectMany(b => b.Stories).Select(s => s.Id));
        if (lead is not null)
        {
            pageTags.Stories([lead.Id]);
        }
        return new HomeViewModel(lead, latest.Take(HomeStatement.LatestOnHome).ToList(), blocks, hasMore);
    }

    /// <summary>
    /// Every story the home page can show, in one statement: the newest featured one, the
    /// newest overall, and each section's newest; the lists are then picked from the batch
    /// (see NewestFirstPicks). Compiled for the default editions (<see cref="HomeStatement"/>).
    /// </summary>
    private async Task<List<CardWith<HomeRow>>> HomeBatchAsync(IReadOnlyList<int> sectionIds, CancellationToken cancellationToken)
    {
        if (options.Value.Editions.Untranslated == UntranslatedStories.Hide && sectionIds.Count <= HomeStatement.SectionSlots)
        {
            var s = HomeStatement.Slots(sectionIds);
            return await HomeStatement.Shown.For(db)(db, Edition.Current.Language, Now, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])
                .ToListAsync(cancellationToken);
        }
        var published = Listed.Published(Now);
        var shown = published.Where(a => a.IsFeatured).NewestFirst().Select(a => a.Id).Take(1)
            .Concat(published.NewestFirst().Select(a => a.Id).Take(HomeStatement.LatestOnHome + 2));
        foreach (var sectionId in sectionIds)
        {
            shown = shown.Concat(published.Where(a => a.CategoryId == sectionId).NewestFirst().Select(a => a.Id).Take(HomeStatement.StoriesPerSection));
        }
        return await db.Articles.AsNoTracking().Where(a => shown.Contains(a.Id)).Select(HomeStatement.Row).ToListAsync(cancellationToken);
    }

    public async Task<ListingViewModel?> LatestAsync(PageRequest page, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var stories = await Listed
            .ToPageAsync(Now, StoryUrls.Latest(), page, await PageSizeAsync(cancellationToken), cancellationToken);
        Tag(ReaderTags.Home, stories);
        return stories is null ? null : new ListingViewModel("", null, "archive", stories);
    }

    public async Task<ListingViewModel?> SectionAsync(string slug, PageRequest page, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var section = await db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name, c.Description, c.ArabicName, c.ArabicDescription }).FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return null;
        }
        var stories = await Listed.Where(a => a.CategoryId == section.Id)
            .ToPageAsync(Now, StoryUrls.Section(slug), page, await PageSizeAsync(cancellationToken), cancellationToken);
        Tag(ReaderTags.Section(section.Id), stories);
        return stories is null ? null : new ListingViewModel(
            Edition.Current.Pick(section.Name, section.ArabicName),
            Edition.Current.Pick(section.Description ?? "", section.ArabicDescription) is { Length: > 0 } description ? description : null,
            "section",
            stories,
            StoryUrls.SectionFeed(slug));
    }

    public async Task<ListingViewModel?> TagAsync(string slug, PageRequest page, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return null;
        }
        var stories = await Listed.Where(a => a.Tags.Any(t => t.TagId == tag.Id))
            .ToPageAsync(Now, StoryUrls.Tag(slug), page, await PageSizeAsync(cancellationToken), cancellationToken);
        Tag(ReaderTags.Tag(tag.Id), stories);
        return stories is null ? null : new ListingViewModel(tag.Name, null, "tag", stories);
    }

    public async Task<ListingViewModel?> AuthorAsync(string slug, PageRequest page, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var author = await db.Authors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.DisplayName, a.Bio }).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return null;
        }
        var stories = await Listed.Where(a => a.AuthorId == author.Id)
            .ToPageAsync(Now, StoryUrls.Author(slug), page, await PageSizeAsync(cancellationToken), cancellationToken);
        Tag(ReaderTags.Author(author.Id), stories);
        return stories is null ? null : new ListingViewModel(author.DisplayName, author.Bio, "author", stories);
    }

    private void Tag(string list, PagedList<StoryCard>? stories) =>
        pageTags.Add(list).Stories(stories?.Items.Select(s => s.Id) ?? []);

    /// <summary>
    /// A month's stories, by the same UTC month their addresses carry; a month without
    /// stories is not found rather than an empty page.
    /// </summary>
    public async Task<ListingViewModel?> MonthAsync(int year, int month, PageRequest page, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddMonths(1);
        // A month is the address a moved Blogger or WordPress site had: an archive of the whole
        // site, answering in either edition (old links carry no language), not an edition's list.
        var stories = await db.Articles.AsNoTracking().Where(a => a.PublishedAt >= start && a.PublishedAt < end)
            .ToPageAsync(Now, StoryUrls.Month(year, month), page, await PageSizeAsync(cancellationToken), cancellationToken);
        // Every publication, unpublication and change of date evicts the home tag, so a month's list follows it.
        Tag(ReaderTags.Home, stories);
        return stories is null || stories.Items.Count == 0
            ? null
            : new ListingViewModel(Numerals.Localize(start.ToString("MMMM yyyy", CultureInfo.CurrentCulture)), null, "month", stories);
    }

    private async Task<int> PageSizeAsync(CancellationToken cancellationToken) =>
        (await site.GetAsync(cancellationToken)).PageSize;
}
