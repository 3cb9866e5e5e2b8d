using System.Globalization;
using System.Reflection;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Publishing;

namespace Magazine.Web.Seeding;

/// <summary>
/// Fills an empty database with the demo magazine written for this project (embedded
/// Markdown files under Seeding/DemoContent), so a first run shows a living site.
/// </summary>
public sealed class DemoContentSeeder(MagazineDbContext db, StoryRenderer renderer, TimeProvider clock)
{
    private static readonly (string Slug, string Name, string Description, string ArabicName, string ArabicDescription)[] Sections =
    [
        ("world", "World", "News and analysis from around the globe.", "العالم", "أخبار وتحليلات من أنحاء العالم."),
        ("middle-east", "Middle East", "Politics, people and change across the region.", "الشرق الأوسط", "السياسة والناس والتحولات في أرجاء المنطقة."),
        ("syria", "Syria", "Reporting from Damascus, Aleppo and every corner of the country.", "سوريا", "تقارير من دمشق وحلب وكل ركن من أركان البلاد."),
        ("iraq", "Iraq", "Baghdad, Basra, Erbil and beyond.", "العراق", "بغداد والبصرة وأربيل وما بعدها."),
        ("business", "Business", "Markets, trade, energy and the economies behind the headlines.", "اقتصاد", "الأسواق والتجارة والطاقة والاقتصادات التي تقف وراء العناوين."),
        ("culture", "Culture", "Books, film, music, heritage and ideas.", "ثقافة", "كتب وسينما وموسيقى وتراث وأفكار."),
    ];

    private static readonly (string Slug, string Name, string Bio)[] Authors =
    [
        ("layla-haddad", "Layla Haddad", "Senior correspondent covering Syria and Lebanon, based in Damascus."),
        ("omar-khalil", "Omar Khalil", "Regional editor writing on Iraq, energy and the Gulf economies."),
        ("sarah-mitchell", "Sarah Mitchell", "World affairs writer and culture critic."),
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sections = Sections.Select((s, i) => new Category
            {
                Slug = s.Slug, Name = s.Name, Description = s.Description, ArabicName = s.ArabicName, ArabicDescription = s.ArabicDescription, SortOrder = i,
            })
            .ToDictionary(c => c.Slug);
        var authors = Authors.Select(a => new AuthorProfile { Slug = a.Slug, DisplayName = a.Name, Bio = a.Bio })
            .ToDictionary(a => a.Slug);
        var tags = new Dictionary<string, Tag>();
        db.Categories.AddRange(sections.Values);
        db.Authors.AddRange(authors.Values);

        var stories = ReadDocuments("stories");
        var translations = new List<(Article Translation, string OriginalSlug)>();
        foreach (var doc in stories)
        {
            var publishedAt = now.AddHours(-int.Parse(doc.Required("hours_ago"), CultureInfo.InvariantCulture));
            var article = new Article
            {
                Title = doc.Required("title"),
                Slug = doc.Required("slug"),
                Dek = doc["dek"],
                BodyMarkdown = doc.Body,
                Status = ArticleStatus.Published,
                PublishedAt = publishedAt,
                CreatedAt = publishedAt,
                UpdatedAt = publishedAt,
                Author = authors[doc.Required("author")],
                Category = sections[doc.Required("section")],
                Language = doc["language"] ?? "en",
                IsFeatured = doc["featured"] == "true",
                HeroImageUrl = doc["hero"],
                HeroImageAlt = doc["hero_alt"],
            };
            article.RenderBody(renderer, null);
            var order = 0;
            foreach (var name in (doc["tags"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var slug = Slugs.From(name);
                if (!tags.TryGetValue(slug, out var tag))
                {
                    tags[slug] = tag = new Tag { Name = name, Slug = slug };
                }
                article.Tags.Add(new ArticleTag { Tag = tag, SortOrder = order++ });
            }
            db.Articles.Add(article);
            // The demo corrects one story in the open, as its footer promises.
            if (doc["correction"] is { } correction)
            {
                article.Notes.Add(new StoryNote
                {
                    Kind = StoryNoteKind.Correction,
                    BodyMarkdown = correction,
                    BodyHtml = renderer.RenderHtml(correction),
                    CreatedAt = now.AddHours(-int.Parse(doc.Required("correction_hours_ago"), CultureInfo.InvariantCulture)),
                    CreatedByName = "Newsroom",
                });
            }
            if (doc["translation_of"] is { } original)
            {
                translations.Add((article, original));
            }
        }

        // An Arabic document of a page is that page's Arabic edition version.
        var pageDocuments = ReadDocuments("pages");
        foreach (var doc in pageDocuments.Where(d => d["language"] != "ar"))
        {
            var page = new Page
            {
                Title = doc.Required("title"),
                Slug = doc.Required("slug"),
                BodyMarkdown = doc.Body,
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (pageDocuments.FirstOrDefault(d => d["language"] == "ar" && d["slug"] == page.Slug) is { } arabic)
            {
                page.ArabicTitle = arabic.Required("title");
                page.ArabicBodyMarkdown = arabic.Body;
            }
            page.RenderBody(renderer, null);
            db.Pages.Add(page);
        }

        await db.SaveChangesAsync(cancellationToken);
        // A translation group is named by its first story's id, known once saved.
        foreach (var (translation, originalSlug) in translations)
        {
            var original = db.Articles.Local.Single(a => a.Slug == originalSlug);
            original.TranslationGroupId = translation.TranslationGroupId = original.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return stories.Count;
    }

    private static List<FrontMatterDocument> ReadDocuments(string folder)
    {
        var assembly = typeof(DemoContentSeeder).Assembly;
        var prefix = $"{assembly.GetName().Name}.Seeding.DemoContent.{folder}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => FrontMatterDocument.Parse(ReadResource(assembly, n)))
            .ToList();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
