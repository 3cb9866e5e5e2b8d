using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.SiteTransfer;

/// <summary>Everything an import writes, counted; two equal values mean nothing was added or lost.</summary>
public sealed record SiteCounts(
    int Published,
    int Scheduled,
    int Drafts,
    int Pages,
    int PublishedPages,
    int Comments,
    int Replies,
    int Approved,
    int Held,
    int Authors,
    int Sections,
    int Tags,
    int StoryTags,
    int Redirects)
{
    public static Task<SiteCounts> OfAsync(MagazineFactory app)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return app.WithDbAsync(async db => new SiteCounts(
            await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now),
            await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAt > now),
            await db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft),
            await db.Pages.CountAsync(),
            await db.Pages.CountAsync(p => p.IsPublished),
            await db.Comments.CountAsync(),
            await db.Comments.CountAsync(c => c.ParentId != null),
            await db.Comments.CountAsync(c => c.Status == CommentStatus.Approved),
            await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending),
            await db.Authors.CountAsync(),
            await db.Categories.CountAsync(),
            await db.Tags.CountAsync(),
            await db.ArticleTags.CountAsync(),
            await db.Redirects.CountAsync()));
    }
}

/// <summary>A fresh, empty site that has imported one export before its tests run.</summary>
public abstract class ImportedSite(string format, Func<string> file) : MagazineFactory, IAsyncLifetime
{
    public (int ExitCode, string Out, string Error) FirstImport { get; private set; }

    public string File => file();

    public async Task InitializeAsync()
    {
        FirstImport = await this.RunVerbAsync("import", format, File);
        Assert.True(FirstImport.ExitCode == 0, FirstImport.Error);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class BloggerSite() : ImportedSite("blogger", () => ExportFiles.Blogger);

public sealed class WordPressSite() : ImportedSite("wordpress", () => ExportFiles.WordPress);
