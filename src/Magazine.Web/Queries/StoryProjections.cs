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
        a.Category != null ? a.Category.ArabicName : null);

    /// <summary>
    /// The card and something more of the same story, read in the same statement: the card's
    /// projection stays written once, and a page that needs a column beside it does not
    /// pay a second query for it.
    /// </summary>
    public static Expression<Func<Article, CardWith<T>>> With<T>(Expression<Func<Article, T>> more)
    {
        var story = Card.Parameters[0];
        var moreBody = new Rebind(more.Parameters[0], story).Visit(more.Body);
        var constructor = typeof(CardWith<T>).GetConstructor([typeof(StoryCard), typeof(T)])!;
        return Expression.Lambda<Func<Article, CardWith<T>>>(Expression.New(constructor, Card.Body, moreBody), story);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

public sealed record CardWith<T>(StoryCard Card, T More);
