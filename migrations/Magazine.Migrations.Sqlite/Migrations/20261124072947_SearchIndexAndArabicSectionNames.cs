using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexAndArabicSectionNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArabicDescription",
                table: "Categories",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArabicName",
                table: "Categories",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.Sql(ArticleSearchSchema.CreateTable);
            migrationBuilder.Sql(ArticleSearchSchema.CreateTriggers);
            migrationBuilder.Sql(ArticleSearchSchema.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ArticleSearchSchema.DropTriggers);
            migrationBuilder.Sql(ArticleSearchSchema.DropTable);

            migrationBuilder.DropColumn(
                name: "ArabicDescription",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "ArabicName",
                table: "Categories");
        }
    }
}
