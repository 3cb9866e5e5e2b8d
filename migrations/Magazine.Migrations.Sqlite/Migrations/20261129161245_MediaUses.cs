using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MediaUses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleMediaUses",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaFileId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleMediaUses", x => new { x.MediaFileId, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_ArticleMediaUses_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleMediaUses_MediaFiles_MediaFileId",
                        column: x => x.MediaFileId,
                        principalTable: "MediaFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageMediaUses",
                columns: table => new
                {
                    PageId = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaFileId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageMediaUses", x => new { x.MediaFileId, x.PageId });
                    table.ForeignKey(
                        name: "FK_PageMediaUses_MediaFiles_MediaFileId",
                        column: x => x.MediaFileId,
                        principalTable: "MediaFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PageMediaUses_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleMediaUses_ArticleId",
                table: "ArticleMediaUses",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_PageMediaUses_PageId",
                table: "PageMediaUses",
                column: "PageId");

            // Uses of the content saved before this table, found the way the media page used to
            // find them: a story or page whose hero or text holds the image's address prefix.
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO ArticleMediaUses (ArticleId, MediaFileId)
                SELECT a.Id, m.Id FROM Articles a JOIN MediaFiles m
                  ON instr(coalesce(a.HeroImageUrl, '') || ' ' || a.BodyMarkdown,
                           CASE WHEN m.ContentKey IS NULL THEN '/media/' || m.StoredName ELSE '/media/' || m.ContentKey || '-' END) > 0;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO PageMediaUses (PageId, MediaFileId)
                SELECT p.Id, m.Id FROM Pages p JOIN MediaFiles m
                  ON instr(p.BodyMarkdown,
                           CASE WHEN m.ContentKey IS NULL THEN '/media/' || m.StoredName ELSE '/media/' || m.ContentKey || '-' END) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleMediaUses");

            migrationBuilder.DropTable(
                name: "PageMediaUses");
        }
    }
}
