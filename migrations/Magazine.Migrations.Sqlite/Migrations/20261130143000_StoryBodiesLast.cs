using Magazine.Core.Data;
using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// A story's three bodies (Markdown, HTML, plain text) move to the end of its row.
    /// SQLite stores a row's columns in order and spills what does not fit a page into a
    /// chain of overflow pages, which it can only walk from the start: every column after
    /// the bodies (status, date, language, author, section, image, comment count: all a
    /// story card and every list's join read) cost a walk through the bodies' pages. On
    /// 100,000 stories, reading the status of the 1,001 stories a search ranks took 11.8 ms
    /// against 1.3 ms for their headlines. SQLite cannot reorder columns in place, so the
    /// table is built again as its 12-step procedure says (foreign keys off, copy, swap,
    /// indexes and triggers back), keeping every id and the id sequence. A later migration
    /// that rebuilds Articles must keep the bodies last; a test checks it.
    /// </summary>
    [DbContext(typeof(MagazineDbContext))]
    [Migration("20261130143000_StoryBodiesLast")]
    public partial class StoryBodiesLast : Migration
    {
        private const string Rebuilt = "Magazine_Articles_Rebuilt";

        private static readonly string[] Before =
        [
            "Id", "Title", "Slug", "Dek", "BodyMarkdown", "BodyHtml", "BodyText", "ReadingMinutes", "Status", "PublishedAt",
            "CreatedAt", "UpdatedAt", "StatusBeforeTrash", "AuthorId", "CategoryId", "HeroImageUrl", "HeroImageAlt", "IsFeatured",
            "Language", "CommentsClosed", "CommentCount", "ExternalId", "Version", "BodyFormat", "TranslationGroupId",
            "PreviewExpiresAt", "PreviewKey", "LiveSince",
        ];

        /// <summary>The bodies last, the one a reader's page reads (HTML) first of them.</summary>
        private static readonly string[] After =
        [
            .. Before.Where(c => !c.StartsWith("Body", StringComparison.Ordinal) || c == "BodyFormat"),
            "BodyHtml", "BodyText", "BodyMarkdown",
        ];

        private static readonly Dictionary<string, string> Definitions = new()
        {
            ["Id"] = "INTEGER NOT NULL CONSTRAINT \"PK_Articles\" PRIMARY KEY AUTOINCREMENT",
            ["Title"] = "TEXT NOT NULL",
            ["Slug"] = "TEXT NOT NULL",
            ["Dek"] = "TEXT NULL",
            ["BodyMarkdown"] = "TEXT NOT NULL",
            ["BodyHtml"] = "TEXT NOT NULL",
            ["BodyText"] = "TEXT NOT NULL",
            ["ReadingMinutes"] = "INTEGER NOT NULL",
            ["Status"] = "INTEGER NOT NULL",
            ["PublishedAt"] = "TEXT NULL",
            ["CreatedAt"] = "TEXT NOT NULL",
            ["UpdatedAt"] = "TEXT NOT NULL",
            ["StatusBeforeTrash"] = "INTEGER NULL",
            ["AuthorId"] = "INTEGER NOT NULL",
            ["CategoryId"] = "INTEGER NULL",
            ["HeroImageUrl"] = "TEXT NULL",
            ["HeroImageAlt"] = "TEXT NULL",
            ["IsFeatured"] = "INTEGER NOT NULL",
            ["Language"] = "TEXT NOT NULL",
            ["CommentsClosed"] = "INTEGER NOT NULL",
            ["CommentCount"] = "INTEGER NOT NULL",
            ["ExternalId"] = "TEXT NULL",
            ["Version"] = "INTEGER NOT NULL",
            ["BodyFormat"] = "INTEGER NOT NULL DEFAULT 0",
            ["TranslationGroupId"] = "INTEGER NULL",
            ["PreviewExpiresAt"] = "TEXT NULL",
            ["PreviewKey"] = "TEXT NULL",
            ["LiveSince"] = "TEXT NULL",
        };

        private static readonly string[] Indexes =
        [
            "CREATE INDEX \"IX_Articles_AuthorId_Status_PublishedAt_Id\" ON \"Articles\" (\"AuthorId\", \"Status\", \"PublishedAt\", \"Id\");",
            "CREATE INDEX \"IX_Articles_CategoryId_Status_PublishedAt_Id\" ON \"Articles\" (\"CategoryId\", \"Status\", \"PublishedAt\", \"Id\");",
            "CREATE UNIQUE INDEX \"IX_Articles_ExternalId\" ON \"Articles\" (\"ExternalId\");",
            "CREATE UNIQUE INDEX \"IX_Articles_Slug\" ON \"Articles\" (\"Slug\");",
            "CREATE INDEX \"IX_Articles_Status_IsFeatured_PublishedAt_Id\" ON \"Articles\" (\"Status\", \"IsFeatured\", \"PublishedAt\", \"Id\");",
            "CREATE INDEX \"IX_Articles_Status_PublishedAt_Id\" ON \"Articles\" (\"Status\", \"PublishedAt\", \"Id\");",
            "CREATE INDEX \"IX_Articles_Status_UpdatedAt\" ON \"Articles\" (\"Status\", \"UpdatedAt\");",
            "CREATE INDEX \"IX_Articles_Language_Status_IsFeatured_PublishedAt_Id\" ON \"Articles\" (\"Language\", \"Status\", \"IsFeatured\", \"PublishedAt\", \"Id\");",
            "CREATE INDEX \"IX_Articles_Language_Status_PublishedAt_Id\" ON \"Articles\" (\"Language\", \"Status\", \"PublishedAt\", \"Id\");",
            "CREATE UNIQUE INDEX \"IX_Articles_TranslationGroupId_Language\" ON \"Articles\" (\"TranslationGroupId\", \"Language\");",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, After);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, Before);

        private static void Rebuild(MigrationBuilder migrationBuilder, string[] columns)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var definitions = string.Join(",\n    ", columns.Select(c => $"\"{c}\" {Definitions[c]}"));
            // Foreign keys are checked per statement unless off, and the switch only takes
            // effect outside a transaction: dropping the old table would otherwise fail, or
            // cascade to every comment and tag.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            // The search triggers on tags read Articles too, and SQLite checks every trigger
            // when a table is renamed: they come off first and go back on at the end. The
            // index itself keeps every story under the same id, so it needs no rebuilding.
            migrationBuilder.Sql(ArticleSearchSchema.DropTriggers);
            migrationBuilder.Sql($"""
                CREATE TABLE "{Rebuilt}" (
                    {definitions},
                    CONSTRAINT "FK_Articles_Authors_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Authors" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_Articles_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT
                );
                INSERT INTO "{Rebuilt}" ({names}) SELECT {names} FROM "Articles";
                """);
            // The id sequence goes with the table, so an id once given is never given again.
            migrationBuilder.Sql($"""
                DELETE FROM sqlite_sequence WHERE name = '{Rebuilt}';
                INSERT INTO sqlite_sequence (name, seq) SELECT '{Rebuilt}', seq FROM sqlite_sequence WHERE name = 'Articles';
                """);
            migrationBuilder.Sql($"""
                DROP TABLE "Articles";
                ALTER TABLE "{Rebuilt}" RENAME TO "Articles";
                """);
            foreach (var index in Indexes)
            {
                migrationBuilder.Sql(index);
            }
            migrationBuilder.Sql(ArticleSearchSchema.CreateTriggers);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
    }
}
