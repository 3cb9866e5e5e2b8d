using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Discovery;

public sealed class SearchTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private async Task<List<string>> FoundTitlesAsync(string query, string edition = "")
    {
        var page = await app.CreateClient().GetDocumentAsync($"{edition}/search?q={Uri.EscapeDataString(query)}");
        return page.QuerySelectorAll(".search-result .card-title a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task ADistinctiveHeadlineWordFindsTheStoryWithItsLinkAndHighlightedSnippet()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var story = await app.StoryAsync(section, author, title: $"Ferries {word} return to the harbour",
            body: $"Boats came back. The {word} crossing now runs twice a day, captains said.");

        var page = await app.CreateClient().GetDocumentAsync($"/search?q={word}");

        var result = Assert.Single(page.QuerySelectorAll(".search-result"));
        Assert.Equal(TestData.UrlOf(story), result.QuerySelector(".card-title a")?.GetAttribute("href"));
        Assert.Equal(word, result.QuerySelector(".card-title mark")?.TextContent);
        Assert.Equal(word, result.QuerySelector(".snippet mark")?.TextContent);
        Assert.Contains("crossing now runs", result.QuerySelector(".snippet")?.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task AHeadlineMatchRanksAboveATagMatchAboveABodyMatch()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var inBody = await app.StoryAsync(section, author, body: $"Somewhere deep in the text the word {word} appears once among many others.");
        var inTitle = await app.StoryAsync(section, author, title: $"{word} leads the headline", publishedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        var inTag = await app.StoryAsync(section, author, tags: [word]);

        Assert.Equal([inTitle.Title, inTag.Title, inBody.Title], await FoundTitlesAsync(word));
    }

    [Fact]
    public async Task TheStartOfAWordFindsTheWholeWord()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var story = await app.StoryAsync(section, author, title: $"The {word}ville festival");

        Assert.Equal([story.Title], await FoundTitlesAsync(word[..6]));
        Assert.Equal([story.Title], await FoundTitlesAsync(word.ToUpperInvariant()));
    }

    [Fact]
    public async Task EveryWordMustMatch()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var (first, second) = (TestData.Word(), TestData.Word());
        var both = await app.StoryAsync(section, author, title: $"{first} and {second}");
        await app.StoryAsync(section, author, title: $"{first} alone");

        Assert.Equal([both.Title], await FoundTitlesAsync($"{second} {first}"));
    }

    [Fact]
    public async Task DraftsStoriesInReviewTrashedAndScheduledStoriesAreNeverFound()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.StoryAsync(section, author, ArticleStatus.Draft, title: $"{word} draft");
        await app.StoryAsync(section, author, ArticleStatus.InReview, title: $"{word} in review");
        await app.StoryAsync(section, author, ArticleStatus.Trashed, publishedAt: now.AddDays(-1), title: $"{word} trashed");
        var scheduled = await app.StoryAsync(section, author, publishedAt: now.AddHours(3), title: $"{word} scheduled");
        var live = await app.StoryAsync(section, author, title: $"{word} live");

        Assert.Equal([live.Title], await FoundTitlesAsync(word));

        app.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));
        Assert.Equal([scheduled.Title, live.Title], await FoundTitlesAsync(word));
    }

    [Fact]
    public async Task SearchFollowsEditsUnpublishingAndDeletion()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var (before, after) = (TestData.Word(), TestData.Word());
        var story = await app.StoryAsync(section, author, title: $"A story about {before}");

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == story.Id);
            stored.Title = $"A story about {after}";
            stored.Version++;
            await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundTitlesAsync(before));
        Assert.Equal([$"A story about {after}"], await FoundTitlesAsync(after));

        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == story.Id)).Status = ArticleStatus.Draft;
            await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundTitlesAsync(after));

        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == story.Id)).Status = ArticleStatus.Published;
            await db.SaveChangesAsync();
        });
        Assert.Single(await FoundTitlesAsync(after));

        await app.WithDbAsync(async db =>
        {
            db.Articles.Remove(await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == story.Id));
            await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundTitlesAsync(after));
        var indexed = await app.WithDbAsync(db => (db.Database.IsNpgsql()
                ? db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM \"ArticleSearch\" WHERE \"ArticleId\" = {story.Id}")
                : db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE rowid = {story.Id}"))
            .SingleAsync());
        Assert.Equal(0, indexed);
    }

    [Fact]
    public async Task TagsAreSearchableAndFollowTagChangesAndRenames()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var (tagWord, renamed, added) = (TestData.Word(), TestData.Word(), TestData.Word());
        var story = await app.StoryAsync(section, author, tags: [tagWord]);
        Assert.Equal([story.Title], await FoundTitlesAsync(tagWord));

        await app.WithDbAsync(async db =>
        {
            var tag = await db.Tags.SingleAsync(t => t.Name == tagWord);
            tag.Name = renamed;
            db.ArticleTags.Add(new ArticleTag { ArticleId = story.Id, Tag = new Tag { Name = added, Slug = added }, SortOrder = 1 });
            await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundTitlesAsync(tagWord));
        Assert.Equal([story.Title], await FoundTitlesAsync(renamed));
        Assert.Equal([story.Title], await FoundTitlesAsync(added));

        await app.WithDbAsync(async db =>
        {
            db.ArticleTags.RemoveRange(db.ArticleTags.Where(x => x.ArticleId == story.Id && x.Tag.Name == added));
            await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundTitlesAsync(added));
        Assert.Equal([story.Title], await FoundTitlesAsync(renamed));
    }

    [Theory]
    [InlineData("مَدْرَسَةُ", "مدرسة")]
    [InlineData("مدرسة", "مَدْرَسَةُ")]
    [InlineData("أحمد", "احمد")]
    [InlineData("احمد", "إِحمد")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الـــكتاب", "الكتاب")]
    public async Task ArabicIsFoundWithOrWithoutVowelMarksAndLetterVariants(string written, string typed)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.ArabicWord();
        var story = await app.StoryAsync(section, author, language: "ar",
            title: $"{word} عنوان", body: $"يقول التقرير إن {written} في {word} أعيد افتتاحها.");

        var titles = await FoundTitlesAsync($"{word} {typed}", "/ar");

        Assert.Equal([story.Title], titles);
    }

    [Theory]
    [InlineData("The {0} harbour reopened to ferries", "harbours {0}")]
    [InlineData("Fishing boats crowd the {0} harbours", "harbour {0}")]
    [InlineData("Crews were rebuilding the {0} quay", "rebuilds {0}")]
    [InlineData("The {0} minister resigned", "resigning {0}")]
    public async Task EnglishWordFormsFindEachOther(string headline, string query)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var story = await app.StoryAsync(section, author, title: string.Format(headline, word));

        Assert.Equal([story.Title], await FoundTitlesAsync(string.Format(query, word)));
    }

    [Theory]
    [InlineData("عاد الصيادون إلى {0}", "والصيادين {0}")]
    [InlineData("عاد الصيادين إلى {0}", "الصيادون {0}")]
    [InlineData("مكتبة {0} ومكتباتها", "المكتبات {0}")]
    [InlineData("سيارتها في {0}", "سيارة {0}")]
    public async Task ArabicWordFormsFindEachOther(string headline, string query)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.ArabicWord();
        var story = await app.StoryAsync(section, author, language: "ar", title: string.Format(headline, word));

        Assert.Equal([story.Title], await FoundTitlesAsync(string.Format(query, word), "/ar"));
    }

    [Fact]
    public async Task TheReadersEditionComesFirstAndThePageSaysHowManyMatched()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        // The English story is newer and names the word in its headline, so it would rank first on merit.
        var english = await app.StoryAsync(section, author, title: $"{word} in the headline", publishedAt: now.AddMinutes(-1));
        var arabic = await app.StoryAsync(section, author, language: "ar", title: "خبر من حلب",
            body: $"ذكر التقرير {word} مرة واحدة.", publishedAt: now.AddDays(-2));

        Assert.Equal([english.Title, arabic.Title], await FoundTitlesAsync(word));
        Assert.Equal([arabic.Title, english.Title], await FoundTitlesAsync(word, "/ar"));

        var page = await app.CreateClient().GetDocumentAsync($"/search?q={word}");
        var count = page.QuerySelector(".search-count")?.TextContent;
        Assert.Contains("Stories found: 2", count);
        Assert.Contains("In this edition's language: 1", count);
        var arabicPage = await app.CreateClient().GetDocumentAsync($"/ar/search?q={word}");
        // Digits follow the edition's setting (Western or Arabic-Indic).
        Assert.Matches("عدد القصص: [2٢]", arabicPage.QuerySelector(".search-count")?.TextContent);
    }

    [Fact]
    public async Task AWordInEveryStoryOfOneLanguageIsCountedWithoutTheOtherEditionsLine()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        for (var i = 0; i < 3; i++)
        {
            await app.StoryAsync(section, author, title: $"{word} story {i}");
        }

        var page = await app.CreateClient().GetDocumentAsync($"/search?q={word}");

        Assert.Equal("Stories found: 3", page.QuerySelector(".search-count")?.TextContent.Trim());
    }

    [Fact]
    public async Task ArabicResultsShowTheStoryTextWithItsVowelMarksAndRightToLeft()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.ArabicWord();
        await app.StoryAsync(section, author, language: "ar", title: $"خبر {word}", body: $"وصلت الْمَدْرَسَةُ إلى {word} صباحًا.");

        var page = await app.CreateClient().GetDocumentAsync($"/ar/search?q={Uri.EscapeDataString("مدرسه " + word)}");

        var result = Assert.Single(page.QuerySelectorAll(".search-result"));
        Assert.Equal("rtl", result.GetAttribute("dir"));
        Assert.Equal(["الْمَدْرَسَةُ", word], result.QuerySelectorAll(".snippet mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task TextThatLooksLikeMarkupIsShownAsText()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        await app.StoryAsync(section, author, title: $"{word} <b>bold</b> & \"quoted\"", body: $"Code: `<script>alert('{word}')</script>` in a sentence.");

        var response = await app.CreateClient().GetStringAsync($"/search?q={word}");
        var page = Html.Parse(response);

        Assert.Empty(page.QuerySelectorAll("main b, main script"));
        Assert.Contains("<script>alert(", page.QuerySelector(".snippet")?.TextContent);
        Assert.Contains($"{word} <b>bold</b> & \"quoted\"", page.QuerySelector(".search-result .card-title")?.TextContent);
    }

    [Fact]
    public async Task ResultsArePaginated()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 12; i++)
        {
            await app.StoryAsync(section, author, title: $"{word} number {i}", publishedAt: now.AddMinutes(-10 - i));
        }
        var client = app.CreateClient();

        var first = await client.GetDocumentAsync($"/search?q={word}");
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        var second = await client.GetDocumentAsync(next!);

        Assert.Equal(10, first.QuerySelectorAll(".search-result").Length);
        Assert.Equal($"/search?q={word}&page=2", next);
        Assert.Equal(2, second.QuerySelectorAll(".search-result").Length);
        Assert.Empty(first.QuerySelectorAll(".search-result .card-title").Select(t => t.TextContent)
            .Intersect(second.QuerySelectorAll(".search-result .card-title").Select(t => t.TextContent)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/search?q={word}&page=3")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("AND")]
    [InlineData("OR NOT")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("-")]
    [InlineData("^title:")]
    [InlineData("title:x")]
    [InlineData("(((")]
    [InlineData("a OR")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("\ud800")]
    [InlineData("ً")]
    [InlineData("ـــ")]
    [InlineData("%%%")]
    public async Task AnyQueryAnswersAPageNeverAnError(string query)
    {
        var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("form.search-page-form input[name=q]"));
    }

    [Fact]
    public async Task AVeryLongQueryIsReadOnlyInPart()
    {
        var query = string.Concat(Enumerable.Repeat("word ", 1000));

        var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/search?q=x&page=0", HttpStatusCode.NotFound)]
    [InlineData("/search?q=x&page=-1", HttpStatusCode.NotFound)]
    [InlineData("/search?q=x&page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=x&page=99999999999", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=x&page=999999", HttpStatusCode.NotFound)]
    [InlineData("/search?page=2", HttpStatusCode.OK)]
    public async Task BadPageNumbersAnswerClientErrors(string url, HttpStatusCode expected)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }
}
