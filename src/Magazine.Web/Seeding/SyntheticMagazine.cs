using System.Data.Common;
using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Seeding;

/// <summary>
/// Fills an empty database with a large synthetic archive for load tests. Every story has
/// its own headline, standfirst and body in a realistic vocabulary (<see cref="SyntheticBodies"/>),
/// and rows go in through prepared commands in one transaction, which is what makes
/// 100,000 stories take seconds rather than minutes.
/// </summary>
public sealed class SyntheticMagazine(MagazineDbContext db, StoryRenderer renderer, TimeProvider clock)
{
    private const int TagCount = 300;
    private const int AuthorCount = 12;

    private static readonly (string Slug, string Name)[] Sections =
        [("world", "World"), ("middle-east", "Middle East"), ("syria", "Syria"), ("iraq", "Iraq"), ("business", "Business"), ("culture", "Culture")];

    public async Task<(int Stories, int Comments)> FillAsync(int stories, int commentsPerStory, CancellationToken cancellationToken)
    {
        var text = new SyntheticText(seed: 2026);
        var now = clock.GetUtcNow().UtcDateTime;
        var bodies = new SyntheticBodies(text, renderer);
        var comment = new CommentRenderer().Render("Thank you for this *report*; the details about the market matter.");

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var sectionIds = new List<long>();
        for (var i = 0; i < Sections.Length; i++)
        {
            sectionIds.Add(await InsertAsync(connection, transaction,
                "INSERT INTO Categories (Name, Slug, SortOrder) VALUES ($p0, $p1, $p2) RETURNING Id",
                Sections[i].Name, Sections[i].Slug, i));
        }
        var authorIds = new List<long>();
        for (var i = 0; i < AuthorCount; i++)
        {
            authorIds.Add(await InsertAsync(connection, transaction,
                "INSERT INTO Authors (DisplayName, Slug, Bio) VALUES ($p0, $p1, $p2) RETURNING Id",
                $"Writer {i + 1}", $"writer-{i + 1}", "Staff writer."));
        }
        var tagIds = new List<long>();
        for (var i = 0; i < TagCount; i++)
        {
            tagIds.Add(await InsertAsync(connection, transaction,
                "INSERT INTO Tags (Name, Slug) VALUES ($p0, $p1) RETURNING Id", $"Topic {i + 1}", $"topic-{i + 1}"));
        }

        // Indexing story by story (the search triggers fire again for every tag) would cost
        // several times the load itself; the index is built once at the end instead.
        await ExecuteAsync(connection, transaction, ArticleSearchSchema.DropTriggers, cancellationToken);
        await using var article = Prepare(connection, transaction,
            "INSERT INTO Articles (Title, Slug, Dek, BodyMarkdown, BodyHtml, BodyText, ReadingMinutes, Status, PublishedAt, CreatedAt, UpdatedAt, "
            + "AuthorId, CategoryId, IsFeatured, Language, CommentsClosed, CommentCount, Version) "
            + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, 2, $p7, $p7, $p7, $p8, $p9, $p10, $p11, 0, $p12, 0) RETURNING Id", 13);
        await using var tag = Prepare(connection, transaction, "INSERT INTO ArticleTags (ArticleId, TagId, SortOrder) VALUES ($p0, $p1, $p2)", 3);
        await using var reply = Prepare(connection, transaction,
            "INSERT INTO Comments (ArticleId, Depth, AuthorName, BodyMarkdown, BodyHtml, Status, CreatedAt) VALUES ($p0, 0, $p1, 'Thank you', $p2, 1, $p3)", 4);

        var commentCount = 0;
        for (var i = 0; i < stories; i++)
        {
            // One story in eight is Arabic.
            var body = bodies.Compose(arabic: i % 8 == 0);
            var publishedAt = now.AddMinutes(-(i * 37L) - 5);
            var title = text.Words(6 + text.Next(6), body.Arabic);
            var id = (long)(await Execute(article, cancellationToken,
                title, $"story-{i + 1}", text.Words(18, body.Arabic), body.Markdown, body.Html, body.Text,
                body.ReadingMinutes, publishedAt, authorIds[i % AuthorCount], sectionIds[i % Sections.Length],
                i % 50 == 0, body.Arabic ? "ar" : "en", commentsPerStory))!;
            var tags = 1 + i % 4;
            for (var t = 0; t < tags; t++)
            {
                await Execute(tag, cancellationToken, id, tagIds[(i * 7 + t * 31) % TagCount], t);
            }
            for (var c = 0; c < commentsPerStory; c++)
            {
                await Execute(reply, cancellationToken, id, $"Reader {c + 1}", comment, publishedAt.AddMinutes(c + 1));
                commentCount++;
            }
        }
        await ExecuteAsync(connection, transaction, ArticleSearchSchema.CreateTriggers, cancellationToken);
        await ExecuteAsync(connection, transaction, ArticleSearchSchema.Rebuild, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (stories, commentCount);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task<object?> Execute(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] is DateTime at ? at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) : values[i];
        }
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, string sql, params object[] values)
    {
        await using var command = Prepare(connection, transaction, sql, values.Length);
        return (long)(await Execute(command, CancellationToken.None, values))!;
    }
}
