using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Localization;

/// <summary>The standard month names and Arabic-Indic digits, each a setting.</summary>
public sealed class StandardMonthsAndArabicDigitsFactory : MagazineFactory
{
    public StandardMonthsAndArabicDigitsFactory()
    {
        With("Magazine:Editions:ArabicMonthNames", "Standard");
        With("Magazine:Editions:ArabicIndicDigits", "true");
    }
}

public sealed class ArabicNumbersTests(StandardMonthsAndArabicDigitsFactory app) : IClassFixture<StandardMonthsAndArabicDigitsFactory>
{
    [Fact]
    public async Task TheSettingsGiveStandardMonthNamesAndArabicIndicDigitsInTheArabicEditionOnly()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, language: "ar", title: "خبر " + TestData.ArabicWord(),
            publishedAt: new DateTime(2025, 11, 15, 9, 0, 0, DateTimeKind.Utc), body: string.Join(' ', Enumerable.Repeat("كلمة", 900)));

        var arabic = await app.CreateClient().GetDocumentAsync("/ar" + TestData.UrlOf(story));
        var english = await app.CreateClient().GetDocumentAsync($"/section/{section.Slug}");

        Assert.Contains("١٥ نوفمبر ٢٠٢٥", arabic.QuerySelector(".byline time")?.TextContent);
        // Reading time: a few minutes take the "few" plural form, in Arabic-Indic digits.
        var readingTime = arabic.QuerySelector(".byline > span:last-child")!.TextContent;
        Assert.Contains("دقائق", readingTime);
        Assert.Contains(readingTime, c => c is >= '٠' and <= '٩');
        Assert.DoesNotContain(readingTime, c => c is >= '0' and <= '9');
        Assert.DoesNotContain(arabic.QuerySelector(".byline time")!.TextContent, c => c is >= '0' and <= '9');
        Assert.Contains("© 20", english.QuerySelector(".copyright")?.TextContent);
    }
}
