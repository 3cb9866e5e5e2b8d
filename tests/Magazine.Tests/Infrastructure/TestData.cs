using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Magazine.Tests.Infrastructure;

/// <summary>Each test seeds what it needs, with unique slugs so tests never depend on each other.</summary>
public static class TestData
{
    private static readonly StoryRenderer Renderer = new();

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static async Task<(Category Section, AuthorProfile Author)> SectionAndAuthorAsync(this MagazineFactory app)
    {
        var section = new Category { Name = "Section " + Unique("s"), Slug = Unique("section") };
        var author = new AuthorProfile { DisplayName = "Author " + Unique("a"), Slug = Unique("author"), Bio = "Writes about things." };
        await app.WithDbAsync(async db =>
        {
            db.Categories.Add(section);
            db.Authors.Add(author);
            await db.SaveChangesAsync();
        });
        return (section, author);
    }

    public static async Task<Article> StoryAsync(
        this MagazineFactory app,
        Category section,
        AuthorProfile author,
        ArticleStatus status = ArticleStatus.Published,
        DateTime? publishedAt = null,
        string? title = null,
        string? body = null,
        string language = "en",
        bool featured = false,
        params string[] tags)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Title = title ?? "Story " + Unique("t"),
            Slug = Unique("story"),
            Dek = "A standfirst for the story.",
            BodyMarkdown = body ?? "## A heading\n\nThe first paragraph of the story.\n\n- one\n- two",
            Status = status,
            PublishedAt = status == ArticleStatus.Published ? publishedAt ?? now.AddMinutes(-5) : publishedAt,
            CreatedAt = now,
            UpdatedAt = now,
            AuthorId = author.Id,
            CategoryId = section.Id,
            Language = language,
            IsFeatured = featured,
        };
        article.RenderBody(Renderer, null);
        await app.WithDbAsync(async db =>
        {
            var order = 0;
            foreach (var name in tags)
            {
                var slug = Slugs.From(name);
                var tag = db.Tags.FirstOrDefault(t => t.Slug == slug) ?? new Tag { Name = name, Slug = slug };
                article.Tags.Add(new ArticleTag { Tag = tag, SortOrder = order++ });
            }
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });
        return article;
    }

    /// <summary>A made-up word of letters only (no digits or hyphens), found in no other test's story.</summary>
    public static string Word(string alphabet = "bcdfghjklmnpqrstvwxz")
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return new string(bytes.Take(10).Select(b => alphabet[b % alphabet.Length]).ToArray());
    }

    /// <summary>A made-up Arabic word, from letters that search folding leaves alone.</summary>
    public static string ArabicWord() => Word("بتثجحخدذرزسشصضطظعغفقكلمنهوي");

    public static string UrlOf(Article article) =>
        Magazine.Web.ViewModels.StoryUrls.Article(article.PublishedAt!.Value, article.Slug);
}
