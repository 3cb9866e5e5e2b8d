using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Magazine.Tests.Speed;

/// <summary>
/// On SQLite a story's bodies are the last columns of its row, so that reading its status,
/// date or section (every list and search does) does not walk the bodies' overflow pages;
/// the migration that moved them rebuilds the table and must lose nothing.
/// </summary>
public sealed class StoryRowLayoutTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private const string Reason = "the order of a row's columns is how SQLite stores it; PostgreSQL keeps long text out of the row itself";
    private const string BeforeTheMove = "20261130002407_ImportJobsInTheDatabase";
    private static readonly string[] Bodies = ["BodyHtml", "BodyText", "BodyMarkdown"];

    [SqliteOnlyFact(Reason)]
    public async Task TheBodiesAreTheLastColumnsOfAStoryRow()
    {
        await app.CreateClient().GetAsync("/");

        var columns = await ColumnsAsync();

        Assert.Equal(Bodies, columns[^3..]);
    }

    [SqliteOnlyFact(Reason)]
    public async Task MovingTheBodiesAndBackKeepsEveryStoryCommentTagIdAndSearch()
    {
        var (section, author) = await app.SectionAndAuthorAsync();
        var word = TestData.Word();
        var story = await app.StoryAsync(section, author, title: $"The {word} report", body: $"A body about {word}.", tags: ["Economy"]);
        var removed = await app.StoryAsync(section, author);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "Reader", BodyHtml = "<p>Kept through the move</p>", Status = CommentStatus.Approved, CreatedAt = now });
            await db.Articles.Where(a => a.Id == removed.Id).ExecuteDeleteAsync();
            await db.SaveChangesAsync();
        });
        var before = await RowsAsync();

        await MigrateAsync(BeforeTheMove);
        var columnsBack = await ColumnsAsync();
        Assert.Equal("BodyMarkdown", columnsBack[4]);
        Assert.Equal(before, await RowsAsync());

        await MigrateAsync(null);
        Assert.Equal(Bodies, (await ColumnsAsync())[^3..]);
        Assert.Equal(before, await RowsAsync());
        Assert.Empty(await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"table\" AS Value FROM pragma_foreign_key_check").ToListAsync()));

        // The page, its comment and its tag are as they were; search still finds it, and
        // still follows a change (its triggers are back).
        var client = app.CreateClient();
        var page = await client.GetStringAsync(TestData.UrlOf(story));
        Assert.Contains("Kept through the move", page);
        Assert.Contains("Economy", page);
        Assert.Contains(TestData.UrlOf(story), await client.GetStringAsync($"/search?q={word}"));
        var renamed = TestData.Word();
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, $"The {renamed} report")));
        Assert.Contains(TestData.UrlOf(story), await client.GetStringAsync($"/search?q={renamed}"));

        // An id once given, even to a story since deleted, is not given again.
        var next = await app.StoryAsync(section, author);
        Assert.True(next.Id > removed.Id, $"the new story got id {next.Id}, not above the deleted {removed.Id}");
    }

    private Task<List<string>> ColumnsAsync() =>
        app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Articles') ORDER BY cid").ToListAsync());

    /// <summary>Every story with its comments and tags, one line each, in id order.</summary>
    private Task<List<string>> RowsAsync() =>
        app.WithDbAsync(async db => (await db.Articles.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Title, a.Slug, a.Status, a.PublishedAt, a.AuthorId, a.CategoryId, a.Language, a.CommentCount, a.BodyMarkdown, a.BodyHtml, a.BodyText, Tags = a.Tags.Count, Comments = db.Comments.Count(c => c.ArticleId == a.Id) })
                .ToListAsync())
            .Select(a => a.ToString()!).ToList());

    private Task MigrateAsync(string? target) =>
        app.WithDbAsync(db => db.GetService<IMigrator>().MigrateAsync(target));
}
