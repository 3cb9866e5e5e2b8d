using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BodyFormats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BodyFormat",
                table: "Pages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BodyFormat",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BodyFormat",
                table: "ArticleRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BodyFormat",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "BodyFormat",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "BodyFormat",
                table: "ArticleRevisions");
        }
    }
}
