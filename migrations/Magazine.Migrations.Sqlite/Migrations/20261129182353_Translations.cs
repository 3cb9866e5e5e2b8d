using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArabicPublisherBlurb",
                table: "SiteSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicPublisherBlurbHtml",
                table: "SiteSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicSiteName",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicTagline",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicBodyHtml",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicBodyMarkdown",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicTitle",
                table: "Pages",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TranslationGroupId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language_Status_IsFeatured_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "Language", "Status", "IsFeatured", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "Language", "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TranslationGroupId_Language",
                table: "Articles",
                columns: new[] { "TranslationGroupId", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Language_Status_IsFeatured_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Language_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TranslationGroupId_Language",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ArabicPublisherBlurb",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ArabicPublisherBlurbHtml",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ArabicSiteName",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ArabicTagline",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ArabicBodyHtml",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "ArabicBodyMarkdown",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "ArabicTitle",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "TranslationGroupId",
                table: "Articles");
        }
    }
}
