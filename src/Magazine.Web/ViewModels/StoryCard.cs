namespace Magazine.Web.ViewModels;

/// <summary>A story as it appears in any list: enough for a headline, a teaser and a byline.</summary>
public sealed record StoryCard(
    int Id,
    string Title,
    string Slug,
    string? Dek,
    DateTime PublishedAt,
    string Language,
    string? HeroImageUrl,
    string? HeroImageAlt,
    string AuthorName,
    string AuthorSlug,
    string? SectionName,
    string? SectionSlug,
    int ReadingMinutes,
    string? SectionArabicName = null)
{
    /// <summary>The story's address in the edition of its own language, wherever it is listed.</summary>
    public string Url => StoryUrls.Article(PublishedAt, Slug, Hosting.Edition.ForLanguage(Language));

    /// <summary>Listed in an edition of another language (an untranslated story): marked with its language.</summary>
    public bool IsForeign => Hosting.Edition.ForLanguage(Language) != Hosting.Edition.Current;

    /// <summary>The section's name in the current edition.</summary>
    public string? SectionLabel => SectionName is null ? null : Hosting.Edition.Current.Pick(SectionName, SectionArabicName);
}
