using System.Globalization;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Web.Hosting;
using Magazine.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.SiteTransfer.WordPress;

/// <summary>
/// Writes the whole site as WXR 1.2: authors, sections (as categories), tags, stories and
/// pages with their comment threads. Bodies go out as their rendered HTML, which WordPress
/// and other importers read; Magazine's own Markdown and fields ride along as post meta, so
/// importing the file into an empty Magazine gives the same site back. Rows are read a
/// page at a time, so memory stays flat whatever the archive's size.
/// </summary>
public sealed class WordPressExporter(MagazineDbContext db, SiteIdentityProvider site, TimeProvider clock)
{
    private const int PageSize = 200;

    public async Task<ExportSummary> ExportAsync(Stream output, string siteAddress, CancellationToken cancellationToken)
    {
        var identity = await site.GetAsync(cancellationToken);
        var address = siteAddress.TrimEnd('/');
        var summary = new ExportSummary();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var wxr = WxrWriter.Create(output, identity.TimeZone);
        await wxr.StartAsync(identity.Name, address, identity.Tagline, now);

        foreach (var a in await db.Authors.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken))
        {
            wxr.Author(a.Id, a.Slug, Encode(a.DisplayName), a.Bio);
            summary.Authors++;
        }
        // Old addresses travel with what they point at, so importing the file answers them all again.
        var redirects = await db.Redirects.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.FromPath, r.ArticleId, r.PageId, r.CategoryId, r.TagId, r.ToPath })
            .ToListAsync(cancellationToken);
        var toArticle = redirects.Where(r => r.ArticleId != null).ToLookup(r => r.ArticleId!.Value, r => r.FromPath);
        var toPage = redirects.Where(r => r.PageId != null).ToLookup(r => r.PageId!.Value, r => r.FromPath);
        var toSection = redirects.Where(r => r.CategoryId != null).ToLookup(r => r.CategoryId!.Value, r => r.FromPath);
        var toTag = redirects.Where(r => r.TagId != null).ToLookup(r => r.TagId!.Value, r => r.FromPath);
        foreach (var fixedRedirect in redirects.Where(r => r.ToPath != null && r.ArticleId == null && r.PageId == null && r.CategoryId == null && r.TagId == null))
        {
            wxr.Redirect(fixedRedirect.FromPath, fixedRedirect.ToPath!);
        }
        foreach (var c in await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken))
        {
            wxr.Category(c.Id, c.Slug, Encode(c.Name), c.Description, c.SortOrder, toSection[c.Id]);
            summary.Sections++;
        }
        foreach (var t in await db.Tags.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
        {
            wxr.Tag(t.Id, t.Slug, Encode(t.Name), toTag[t.Id]);
            summary.Tags++;
        }
        await wxr.FlushAsync();

        // Pages share WordPress's one id space with posts, so their ids follow the stories'.
        var pageIdOffset = await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
        for (var after = 0; ;)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after).OrderBy(a => a.Id).Take(PageSize)
                .Select(a => new
                {
                    Article = a,
                    AuthorSlug = a.Author.Slug,
                    Section = a.Category == null ? null : new { a.Category.Slug, a.Category.Name },
                    Tags = a.Tags.OrderBy(t => t.SortOrder).Select(t => new { t.Tag.Slug, t.Tag.Name }).ToList(),
                })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var ids = batch.Select(b => b.Article.Id).ToList();
            var threads = await CommentsAsync(db.Comments.Where(c => c.ArticleId != null && ids.Contains(c.ArticleId.Value)), c => c.ArticleId!.Value, cancellationToken);
            foreach (var row in batch)
            {
                var a = row.Article;
                var terms = new List<(string, string, string)>();
                if (row.Section is not null) terms.Add(("category", row.Section.Slug, Encode(row.Section.Name)));
                terms.AddRange(row.Tags.Select(t => ("post_tag", t.Slug, Encode(t.Name))));
                var date = a.PublishedAt ?? a.CreatedAt;
                var link = a.Status == ArticleStatus.Published && a.PublishedAt is { } published
                    ? address + StoryUrls.Article(published, a.Slug)
                    : $"{address}/?p={a.Id}";
                wxr.StartItem(new ExportedItem(a.Id, "post", Encode(a.Title), link, $"{address}/?p={a.Id}", row.AuthorSlug, a.BodyHtml, a.Dek is null ? null : Encode(a.Dek),
                    date, a.UpdatedAt, a.Slug, StatusOf(a, now), a.CommentsClosed, a.IsFeatured, terms,
                    [.. StoryMeta(a), .. toArticle[a.Id].Select(path => (Wxr.OldPathMeta, path))]));
                summary.Comments += WriteComments(wxr, threads, a.Id);
                wxr.EndItem();
                summary.Stories++;
            }
            after = ids[^1];
            await wxr.FlushAsync();
        }

        for (var after = 0; ;)
        {
            var batch = await db.Pages.AsNoTracking().Where(p => p.Id > after).OrderBy(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var ids = batch.Select(p => p.Id).ToList();
            var threads = await CommentsAsync(db.Comments.Where(c => c.PageId != null && ids.Contains(c.PageId.Value)), c => c.PageId!.Value, cancellationToken);
            foreach (var p in batch)
            {
                var id = pageIdOffset + p.Id;
                wxr.StartItem(new ExportedItem(id, "page", Encode(p.Title), address + StoryUrls.Page(p.Slug), $"{address}/?page_id={id}", "", p.BodyHtml, null,
                    p.CreatedAt, p.UpdatedAt, p.Slug, p.IsPublished ? "publish" : "draft", false, false, [],
                    [(Wxr.MarkdownMeta, p.BodyMarkdown), .. FormatMeta(p.BodyFormat), (Wxr.LanguageMeta, p.Language), (Wxr.CreatedMeta, Iso(p.CreatedAt)),
                        .. toPage[p.Id].Select(path => (Wxr.OldPathMeta, path))]));
                summary.Comments += WriteComments(wxr, threads, p.Id);
                wxr.EndItem();
                summary.Pages++;
            }
            after = ids[^1];
            await wxr.FlushAsync();
        }
        return summary;
    }

    private static string StatusOf(Article a, DateTime now) => a.Status switch
    {
        ArticleStatus.Published => a.PublishedAt > now ? "future" : "publish",
        ArticleStatus.InReview => "pending",
        ArticleStatus.Trashed => "trash",
        _ => "draft",
    };

    private static (string, string)[] FormatMeta(BodyFormat format) =>
        format == BodyFormat.Html ? [(Wxr.BodyFormatMeta, "html")] : [];

    private static List<(string, string)> StoryMeta(Article a)
    {
        List<(string, string)> meta =
        [
            (Wxr.MarkdownMeta, a.BodyMarkdown),
            .. FormatMeta(a.BodyFormat),
            (Wxr.LanguageMeta, a.Language),
            (Wxr.CreatedMeta, Iso(a.CreatedAt)),
        ];
        if (a.HeroImageUrl is not null) meta.Add((Wxr.HeroImageMeta, a.HeroImageUrl));
        if (a.HeroImageAlt is not null) meta.Add((Wxr.HeroAltMeta, a.HeroImageAlt));
        if (a.Status == ArticleStatus.Trashed)
        {
            meta.Add((Wxr.TrashStatusMeta, a.StatusBeforeTrash switch
            {
                ArticleStatus.Published => "publish",
                ArticleStatus.InReview => "pending",
                _ => "draft",
            }));
        }
        return meta;
    }

    private static async Task<ILookup<int, Comment>> CommentsAsync(IQueryable<Comment> comments, Func<Comment, int> owner, CancellationToken cancellationToken) =>
        (await comments.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).ToLookup(owner);

    private static int WriteComments(WxrWriter wxr, ILookup<int, Comment> threads, int ownerId)
    {
        var count = 0;
        foreach (var c in threads[ownerId])
        {
            var meta = new List<(string, string)> { (Wxr.MarkdownMeta, c.BodyMarkdown) };
            if (c.DeletedAt is { } deleted) meta.Add((Wxr.DeletedMeta, Iso(deleted)));
            wxr.Comment(new ExportedComment(c.Id, c.ParentId, c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.BodyHtml, c.CreatedAt, c.Status switch
            {
                CommentStatus.Approved => "1",
                CommentStatus.Spam => "spam",
                CommentStatus.Rejected => "trash",
                _ => "0",
            }, meta));
            count++;
        }
        return count;
    }

    /// <summary>WordPress keeps titles, excerpts and term names as HTML; Magazine keeps them as plain text.</summary>
    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}

public sealed class ExportSummary
{
    public int Authors { get; set; }
    public int Sections { get; set; }
    public int Tags { get; set; }
    public int Stories { get; set; }
    public int Pages { get; set; }
    public int Comments { get; set; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Stories} stories, {Pages} pages, {Comments} comments, {Authors} authors, {Sections} sections, {Tags} tags");
}
