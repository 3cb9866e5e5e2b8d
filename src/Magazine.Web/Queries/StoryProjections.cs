using System.Linq.Expressions;
using Magazine.Core.Entities;
using Magazine.Web.ViewModels;

namespace Magazine.Web.Queries;

public static class StoryProjections
{
    /// <summary>The one projection from a stored story to a list card; EF translates it to a single SELECT with joins.</summary>
    public static readonly Expression<Func<Article, StoryCard>> Card = a => new StoryCard(
        a.Id,
        a.Title,
        a.Slug,
        a.Dek,
        a.PublishedAt!.Value,
        a.Language,
        a.HeroImageUrl,
        a.HeroImageAlt,
        a.Author.DisplayName,
        a.Author.Slug,
        a.Category != null ? a.Category.Name : null,
        a.Category != null ? a.Category.Slug : null,
        a.ReadingMinutes,
        a.CommentCount,
        a.Category != null ? a.Category.ArabicName : null);
}
