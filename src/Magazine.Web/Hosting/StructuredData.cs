using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Magazine.Web.ViewModels;

namespace Magazine.Web.Hosting;

/// <summary>
/// schema.org JSON-LD for story pages (NewsArticle and its BreadcrumbList). Serialised by
/// System.Text.Json, whose encoder always escapes &lt;, &gt; and &amp;, so no text can
/// close the script element it is printed in; other characters, Arabic included, stay
/// readable.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(object document) => JsonSerializer.Serialize(document, Options);

    public static IEnumerable<string> ForStory(ArticleViewModel model, string origin, string siteName, string homeName)
    {
        var story = model.Story;
        var url = origin + story.Url;
        var article = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            // While covered live the story is a live blog with its updates; once ended, a news article again.
            ["@type"] = model.Live is { IsLive: true } ? "LiveBlogPosting" : "NewsArticle",
            ["mainEntityOfPage"] = new Dictionary<string, object> { ["@type"] = "WebPage", ["@id"] = url },
            ["headline"] = story.Title,
            ["description"] = model.Summary,
            ["inLanguage"] = story.Language,
            ["datePublished"] = story.PublishedAt.ToIso(),
            ["dateModified"] = model.ModifiedAt.ToIso(),
            ["author"] = new[]
            {
                new Dictionary<string, object> { ["@type"] = "Person", ["name"] = story.AuthorName, ["url"] = origin + StoryUrls.Author(story.AuthorSlug) },
            },
            ["publisher"] = new Dictionary<string, object>
            {
                ["@type"] = "NewsMediaOrganization",
                ["name"] = siteName,
                ["url"] = origin + StoryUrls.Home(),
                ["logo"] = new Dictionary<string, object> { ["@type"] = "ImageObject", ["url"] = origin + "/favicon.svg" },
            },
        };
        if (story.HeroImageUrl is not null)
        {
            // Search engines crop to several shapes: the 1200×630 card and the largest upright original.
            article["image"] = Media.ResponsiveImage.Parse(story.HeroImageUrl) is { } image
                ? new[] { Absolute(origin, image.Src), Absolute(origin, image.SocialUrl) }
                : new[] { Absolute(origin, story.HeroImageUrl) };
        }
        if (story.SectionLabel is not null)
        {
            article["articleSection"] = story.SectionLabel;
        }
        if (model.Tags.Count > 0)
        {
            article["keywords"] = model.Tags.Select(t => t.Name).ToArray();
        }
        var corrections = model.Notes.Where(n => n.Kind == Core.Entities.StoryNoteKind.Correction).ToList();
        if (corrections.Count > 0)
        {
            article["correction"] = corrections.Select(n => new Dictionary<string, object>
            {
                ["@type"] = "CorrectionComment",
                ["text"] = n.Text,
                ["datePublished"] = n.CreatedAt.ToIso(),
                ["url"] = url + "#" + n.Anchor,
            }).ToArray();
        }
        if (model.Live is { IsLive: true, Since: { } since } live)
        {
            article["coverageStartTime"] = since.ToIso();
            article["liveBlogUpdate"] = live.Updates.Select(u => new Dictionary<string, object>
            {
                ["@type"] = "BlogPosting",
                ["headline"] = Core.Content.HtmlText.Excerpt(u.BodyText, 110),
                ["articleBody"] = u.BodyText,
                ["datePublished"] = u.PostedAt.ToIso(),
                ["url"] = url + "#" + u.Anchor,
            }).ToArray();
        }
        yield return Serialize(article);

        var trail = new List<(string Name, string Url)> { (homeName, origin + StoryUrls.Home()) };
        if (story.SectionSlug is not null)
        {
            trail.Add((story.SectionLabel!, origin + StoryUrls.Section(story.SectionSlug)));
        }
        trail.Add((story.Title, url));
        yield return Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = trail.Select((step, i) => new Dictionary<string, object>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = step.Name,
                ["item"] = step.Url,
            }).ToArray(),
        });
    }

    public static string Absolute(string origin, string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? origin + url : url;
}
