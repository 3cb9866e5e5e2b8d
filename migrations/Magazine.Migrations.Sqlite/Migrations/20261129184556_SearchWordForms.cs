using Magazine.Migrations.Sqlite.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Magazine.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Search understands word forms: the index is built again with the porter stemmer in
    /// front of its tokenizer (English) and with the light Arabic stemming of the fold
    /// function, which both change what is stored for every story.
    /// </summary>
    public partial class SearchWordForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => BuildIndexAgain(migrationBuilder);

        /// <summary>
        /// The earlier index differed only in what it stored, and a step back runs today's
        /// fold function: building the index again from the stories keeps search working.
        /// </summary>
        protected override void Down(MigrationBuilder migrationBuilder) => BuildIndexAgain(migrationBuilder);

        private static void BuildIndexAgain(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ArticleSearchSchema.DropTriggers);
            migrationBuilder.Sql(ArticleSearchSchema.DropTable);
            migrationBuilder.Sql(ArticleSearchSchema.CreateTable);
            migrationBuilder.Sql(ArticleSearchSchema.CreateTriggers);
            migrationBuilder.Sql(ArticleSearchSchema.Rebuild);
        }
    }
}
