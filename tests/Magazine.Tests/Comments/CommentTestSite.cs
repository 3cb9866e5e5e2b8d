using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Comments;

/// <summary>A site whose comments are published at once, with no rate limit and no typing delay, unless a test says otherwise.</summary>
public class OpenCommentsFactory : MagazineFactory
{
    public OpenCommentsFactory()
    {
        With("Magazine:Comments:Moderation", "None");
        With("Magazine:Comments:MinimumSecondsBeforePosting", "0");
    }
}

public static class CommentTestData
{
    public static async Task<Article> PublishedStoryAsync(this MagazineFactory app)
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        return await app.StoryAsync(section, author);
    }

    public static Task<List<Comment>> CommentsOfAsync(this MagazineFactory app, int articleId) =>
        app.WithDbAsync(db => db.Comments.AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.Id).ToListAsync());
}
