namespace Magazine.Migrations.Sqlite.Search;

/// <summary>
/// The SQLite full-text index of stories: an FTS5 table keyed by the story's id, and
/// triggers on Articles, ArticleTags and Tags that keep it in step with every write,
/// whoever makes it (newsroom, import, seeding, a bulk update). The indexed text goes
/// through <see cref="SqliteSearchFunctions.FoldFunction"/>, registered on every
/// connection the site opens. The table stores no copy of the text (contentless, with
/// deletes allowed): results are shown from the stories themselves.
/// A change to this SQL ships as a new migration that calls it; the site also checks at
/// start that the triggers exist (a table rebuild by a later migration drops them) and
/// puts them back with a full reindex if not.
/// </summary>
public static class ArticleSearchSchema
{
    public const string Table = "ArticleSearch";

    public static readonly string[] TriggerNames =
    [
        "ArticleSearch_ArticleInserted",
        "ArticleSearch_ArticleChanged",
        "ArticleSearch_ArticleDeleted",
        "ArticleSearch_TagAdded",
        "ArticleSearch_TagRemoved",
        "ArticleSearch_TagMoved",
        "ArticleSearch_TagRenamed",
    ];

    public const string CreateTable = """
        CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(
            title, dek, body, tags,
            content = '', contentless_delete = 1,
            tokenize = 'porter unicode61 remove_diacritics 2',
            prefix = '2 3');
        """;

    public const string DropTable = "DROP TABLE IF EXISTS ArticleSearch;";

    /// <summary>Removes the rows of the stories chosen by <paramref name="ids"/> (a SQL expression or subquery) and indexes them again from Articles.</summary>
    private static string Reindex(string ids) => $"""
            DELETE FROM ArticleSearch WHERE rowid IN ({ids});
            INSERT INTO ArticleSearch (rowid, title, dek, body, tags)
            SELECT a.Id, {SqliteSearchFunctions.FoldFunction}(a.Title), {SqliteSearchFunctions.FoldFunction}(a.Dek), {SqliteSearchFunctions.FoldFunction}(a.BodyText),
                   {SqliteSearchFunctions.FoldFunction}((SELECT group_concat(t.Name, ' ') FROM ArticleTags x JOIN Tags t ON t.Id = x.TagId WHERE x.ArticleId = a.Id))
            FROM Articles a WHERE a.Id IN ({ids});
        """;

    public static string CreateTriggers => $"""
        CREATE TRIGGER ArticleSearch_ArticleInserted AFTER INSERT ON Articles BEGIN
        {Reindex("new.Id")}
        END;
        CREATE TRIGGER ArticleSearch_ArticleChanged AFTER UPDATE OF Title, Dek, BodyText ON Articles BEGIN
        {Reindex("old.Id, new.Id")}
        END;
        CREATE TRIGGER ArticleSearch_ArticleDeleted AFTER DELETE ON Articles BEGIN
            DELETE FROM ArticleSearch WHERE rowid = old.Id;
        END;
        CREATE TRIGGER ArticleSearch_TagAdded AFTER INSERT ON ArticleTags BEGIN
        {Reindex("new.ArticleId")}
        END;
        CREATE TRIGGER ArticleSearch_TagRemoved AFTER DELETE ON ArticleTags BEGIN
        {Reindex("old.ArticleId")}
        END;
        CREATE TRIGGER ArticleSearch_TagMoved AFTER UPDATE OF ArticleId, TagId ON ArticleTags BEGIN
        {Reindex("old.ArticleId, new.ArticleId")}
        END;
        CREATE TRIGGER ArticleSearch_TagRenamed AFTER UPDATE OF Name ON Tags BEGIN
        {Reindex("SELECT ArticleId FROM ArticleTags WHERE TagId = new.Id")}
        END;
        """;

    public static string DropTriggers =>
        string.Concat(TriggerNames.Select(name => $"DROP TRIGGER IF EXISTS {name};\n"));

    /// <summary>Empties the index and fills it from every story.</summary>
    public static string Rebuild => $"""
        INSERT INTO ArticleSearch (ArticleSearch) VALUES ('delete-all');
        {Reindex("SELECT Id FROM Articles")}
        """;
}
