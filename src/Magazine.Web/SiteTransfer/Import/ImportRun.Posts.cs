using Magazine.Core.Entities;
using Magazine.Core.Publishing;
using Magazine.Web.SiteTransfer.Source;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>Posts become stories, pages become pages; a repeat updates them only when the source changed since.</summary>
internal sealed partial class ImportRun
{
    private const int DekLength = 600;

    private async Task AddStoryAsync(SourcePost post, CancellationToken cancellationToken)
    {
        var title = Title(post);
        if (_articles.Added.ContainsKey(post.ExternalId))
        {
            report.Skipped(ImportReport.Stories, title, "appears twice in the file");
            return;
        }
        Article article;
        if (_articles.Saved.TryGetValue(post.ExternalId, out var id))
        {
            var stored = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.UpdatedAt).FirstAsync(cancellationToken);
            if (SkipUnchanged(ImportReport.Stories, title, stored, post.UpdatedAt))
            {
                AddRedirects(post.OldPaths, RedirectTarget.Article, post.ExternalId);
                return;
            }
            await db.ArticleTags.Where(t => t.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
            article = await db.Articles.FirstAsync(a => a.Id == id, cancellationToken);
            article.Version++;
            report.Updated(ImportReport.Stories);
        }
        else
        {
            article = new Article
            {
                Title = title,
                Slug = ImportedText.UniqueSlug(post.Slug, title, _articleSlugs),
                ExternalId = post.ExternalId,
            };
            db.Articles.Add(article);
            _articles.Added[post.ExternalId] = article;
            report.Imported(ImportReport.Stories);
        }
        if (post.HeldBack is { } reason)
        {
            report.Held(ImportReport.Stories, title, reason);
        }
        article.Title = title;
        article.Dek = ImportedText.Dek(post.Excerpt, DekLength);
        article.BodyMarkdown = post.Markdown ?? post.Html;
        article.BodyFormat = post.Markdown is null ? BodyFormat.Html : post.OwnFormat;
        article.Status = StatusOf(post.Status);
        article.StatusBeforeTrash = post.StatusBeforeTrash is { } before ? StatusOf(before) : null;
        article.PublishedAt = post.PublishedAt;
        // An undated source item came in as a draft; it is dated by its import.
        article.CreatedAt = post.CreatedAt == default ? now : post.CreatedAt;
        article.UpdatedAt = post.UpdatedAt == default ? now : post.UpdatedAt;
        article.CommentsClosed = post.CommentsClosed;
        article.IsFeatured = post.IsFeatured;
        article.HeroImageUrl = ImportedText.ClipOrNull(post.HeroImageUrl, 1000);
        article.HeroImageAlt = ImportedText.ClipOrNull(post.HeroImageAlt, 300);
        SetAuthor(article, post.AuthorKey);
        SetTerms(article, post.Terms);
        article.RenderBody(stories, embedHosts);
        article.Language = post.Language ?? ImportedText.Language(article.Title + " " + article.BodyText);
        _unsaved++;
        CountStory(article);
        NoteImages(post);
        AddRedirects(post.OldPaths, RedirectTarget.Article, post.ExternalId);
    }

    private async Task AddPageAsync(SourcePost post, CancellationToken cancellationToken)
    {
        var title = Title(post);
        if (_pages.Added.ContainsKey(post.ExternalId))
        {
            report.Skipped(ImportReport.Pages, title, "appears twice in the file");
            return;
        }
        Page page;
        if (_pages.Saved.TryGetValue(post.ExternalId, out var id))
        {
            page = await db.Pages.FirstAsync(p => p.Id == id, cancellationToken);
            if (SkipUnchanged(ImportReport.Pages, title, page.UpdatedAt, post.UpdatedAt))
            {
                AddRedirects(post.OldPaths, RedirectTarget.Page, post.ExternalId);
                return;
            }
            report.Updated(ImportReport.Pages);
        }
        else
        {
            page = new Page { Title = title, Slug = ImportedText.UniqueSlug(post.Slug, title, _pageSlugs), ExternalId = post.ExternalId };
            db.Pages.Add(page);
            _pages.Added[post.ExternalId] = page;
            report.Imported(ImportReport.Pages);
        }
        if (post.HeldBack is { } reason)
        {
            report.Held(ImportReport.Pages, title, reason);
        }
        page.Title = title;
        page.BodyMarkdown = post.Markdown ?? post.Html;
        page.BodyFormat = post.Markdown is null ? BodyFormat.Html : post.OwnFormat;
        page.RenderBody(stories, embedHosts);
        page.IsPublished = post.Status == SourceStatus.Published && post.PublishedAt <= now;
        page.Language = post.Language ?? ImportedText.Language(title + " " + Core.Content.HtmlText.ToPlainText(page.BodyHtml));
        page.CreatedAt = post.CreatedAt == default ? now : post.CreatedAt;
        page.UpdatedAt = post.UpdatedAt == default ? now : post.UpdatedAt;
        _unsaved++;
        NoteImages(post);
        AddRedirects(post.OldPaths, RedirectTarget.Page, post.ExternalId);
    }

    /// <summary>
    /// A repeat import leaves alone what did not change at the source, and what was edited
    /// here after it came in (its time is later than the source's).
    /// </summary>
    private bool SkipUnchanged(string kind, string title, DateTime stored, DateTime source)
    {
        if (source > stored)
        {
            return false;
        }
        report.Skipped(kind, title, source == stored ? "unchanged since the last import" : "edited here after it was imported; kept as it is");
        return true;
    }

    private static string Title(SourcePost post) =>
        ImportedText.Clip(ImportedText.Title(post.Title, post.Markdown ?? post.Html, post.PublishedAt ?? post.CreatedAt, post.TitleIsText), 300);

    private static ArticleStatus StatusOf(SourceStatus status) => status switch
    {
        SourceStatus.Published => ArticleStatus.Published,
        SourceStatus.Pending => ArticleStatus.InReview,
        SourceStatus.Trashed => ArticleStatus.Trashed,
        _ => ArticleStatus.Draft,
    };

    private void CountStory(Article article)
    {
        if (article.Status != ArticleStatus.Published)
        {
            report.DraftStories++;
        }
        else if (article.PublishedAt > now)
        {
            report.ScheduledStories++;
        }
        else
        {
            report.PublishedStories++;
        }
    }

    private void NoteImages(SourcePost post)
    {
        foreach (var url in ImportedText.ImageAddresses(post.Html))
        {
            report.Image(url);
        }
        if (post.HeroImageUrl is { } hero && hero.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            report.Image(hero);
        }
    }
}
