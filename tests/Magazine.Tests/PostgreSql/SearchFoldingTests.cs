using Magazine.Core.Search;
using Magazine.Tests.Infrastructure;
using Npgsql;

namespace Magazine.Tests.PostgreSql;

/// <summary>
/// PostgreSQL's index folds text in SQL (magazine_fold), SQLite's in C# (SearchText.Fold):
/// the two must give the same words, or the same query would find different stories.
/// </summary>
public sealed class SearchFoldingTests
{
    private static readonly string[] HardCases =
    [
        "الصيادون والصيادين صياد", "وَالْمَدْرَسَةُ الكبيرة", "بالسوق كالبحر فالبيت للمدينة", "الله بيت",
        "مـــدرســة", "إيران أحمد آمال ٱلحمد", "مستشفى على", "ﻻ ﷲ", "سياراتهم بيوتهن كتابها", "مصري المصرية",
        "Café naïve résumé", "well-known example.com x_y don't", "Room 101, 3.5 km; ١٢٣ ٤٥", "a ab abc", "",
        "الصيادون، في السوق؟ «نعم» — قالوا.", "abcالكتاب", "Ελληνικά Русский", "ALL CAPS AND lower",
    ];

    [PostgreSqlFact]
    public async Task TheSqlFoldGivesTheSameWordsAsTheCSharpFold()
    {
        var texts = HardCases.Concat(DemoTexts()).ToList();
        using var database = TestDatabase.Create();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        foreach (var text in texts)
        {
            await using var command = new NpgsqlCommand("SELECT coalesce(magazine_fold(@t), '')", connection);
            command.Parameters.AddWithValue("t", text);
            var sql = ((string)(await command.ExecuteScalarAsync())!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Words(SearchText.Fold(text)), sql);
        }
        NpgsqlConnection.ClearPool(connection);
    }

    [PostgreSqlFact]
    public async Task TheQueryFindsWhatTheIndexHolds()
    {
        using var database = TestDatabase.Create();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        (string Text, string Query, bool Found)[] cases =
        [
            ("والصيادين في الميناء", "الصيادون", true),
            ("المدرسةُ الجديدة", "مدرسه", true),
            ("Fishermen were fishing", "fish", true),
            ("Café culture", "cafe", true),
            ("the market", "the", true),
            ("marketing", "mark", true),
            ("a b c", "a", true),
            ("bank", "b", false),
        ];
        foreach (var (text, query, found) in cases)
        {
            await using var command = new NpgsqlCommand(
                "SELECT to_tsvector('magazine', magazine_fold(@t)) @@ to_tsquery('magazine', @q)", connection);
            command.Parameters.AddWithValue("t", text);
            command.Parameters.AddWithValue("q", SearchTerms.Parse(query).ToTsQuery());
            Assert.True(found == (bool)(await command.ExecuteScalarAsync())!, $"{query} in {text}");
        }
        NpgsqlConnection.ClearPool(connection);
    }

    private static string[] Words(string folded) =>
        SearchText.WordSpans(folded).Select(w => folded[w.Start..w.End]).ToArray();

    private static IEnumerable<string> DemoTexts()
    {
        var folder = Path.Combine(SharedData.SolutionFolder(), "src", "Magazine.Web", "Seeding", "DemoContent");
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText);
    }
}
