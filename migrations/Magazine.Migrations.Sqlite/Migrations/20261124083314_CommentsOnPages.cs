using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommentsOnPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ArticleId",
                table: "Comments",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "PageId",
                table: "Comments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comments_PageId_Status_CreatedAt",
                table: "Comments",
                columns: new[] { "PageId", "Status", "CreatedAt" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Comments_OneTarget",
                table: "Comments",
                sql: "(\"ArticleId\" IS NULL) <> (\"PageId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Comments_Pages_PageId",
                table: "Comments",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Comments_Pages_PageId",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_PageId_Status_CreatedAt",
                table: "Comments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Comments_OneTarget",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "PageId",
                table: "Comments");

            migrationBuilder.AlterColumn<int>(
                name: "ArticleId",
                table: "Comments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
