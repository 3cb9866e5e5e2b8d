using Magazine.Core.Content;
using System.Linq.Expressions;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Caching;
using Magazine.Web.Comments;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Queries;

/// <summary>Everything a story page shows, in a fixed number of indexed queries.</summary>
public sealed class ArticlePageQuery(MagazineDbContext db, CommentSectionQuery comments, TimeProvider clock, ReaderPageTags pageTags)
{
    private const int RelatedCount = 3;
    private const int SummaryLength = 200;

    public Task<ArticleViewModel?> FindAsync(string slug, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        FindAsync(a => a.Slug == slug, commentForm, cancellationToken);

    public Task<ArticleViewModel?> FindAsync(int id, CommentFormRequest commentForm, CancellationToken cancellationToken) =>
        FindAsync(a => a.Id == id, commentForm, cancellationToken);

    private async Task<ArticleViewModel?> FindAsync(Expression<Func<Article, bool>> which, CommentFormRequest commentForm, CancellationToken cancellationToken)
    {
        await db.OpenForPageAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().Published(now);
        var story = await published.Where(which).Select(StoryProjections.Card).FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }
        var row = await db.Articles.AsNoTracking().Where(a => a.Id == story.Id)
            .Select(a => new
            {
                a.UpdatedAt,
                a.BodyHtml,
                a.CategoryId,
                a.CommentsClosed,
                AuthorBio = a.Author.Bio,
                Summary = a.Dek ?? a.BodyText.Substring(0, SummaryLength + 50),
            })
            .FirstAsync(cancellationToken);
        // Tags in their own query: as a collection inside the one above, EF joins against
        // every story's tags before picking this story's, which grows with the archive.
        var tags = await db.ArticleTags.AsNoTracking().Where(t => t.ArticleId == story.Id).OrderBy(t => t.SortOrder)
            .Select(t => new TagLink(t.Tag.Name, t.Tag.Slug)).ToListAsync(cancellationToken);
        var newer = await db.Articles.AsNoTracking()
            .PublishedNewerThan(now, story.PublishedAt, story.Id)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.Slug, a.Language })
            .FirstOrDefaultAsync(cancellationToken);
        var older = await db.Articles.AsNoTracking()
            .PublishedOlderThan(now, story.PublishedAt, story.Id)
            .NewestFirst()
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.Slug, a.Language })
            .FirstOrDefaultAsync(cancellationToken);
        var related = row.CategoryId is null
            ? []
            : await published.Where(a => a.CategoryId == row.CategoryId && a.Id != story.Id).NewestFirst()
                .Select(StoryProjections.Card).Take(RelatedCount).ToListAsync(cancellationToken);

        pageTags.Stories([story.Id, .. related.Select(r => r.Id)]);
        if (newer is not null)
        {
            pageTags.Stories([newer.Id]);
        }
        if (older is not null)
        {
            pageTags.Stories([older.Id]);
        }
        if (row.CategoryId is { } sectionId)
        {
            pageTags.Add(ReaderTags.Section(sectionId));
        }
        return new ArticleViewModel(
            story,
            row.UpdatedAt,
            row.BodyHtml,
            HtmlText.Excerpt(row.Summary, SummaryLength),
            tags,
            row.AuthorBio,
            newer is null ? null : new StoryLink(newer.Title, StoryUrls.Article(newer.PublishedAt!.Value, newer.Slug), newer.Language),
            older is null ? null : new StoryLink(older.Title, StoryUrls.Article(older.PublishedAt!.Value, older.Slug), older.Language),
            related,
            await comments.LoadAsync(story.Id, story.PublishedAt, row.CommentsClosed, commentForm, cancellationToken));
    }
}
