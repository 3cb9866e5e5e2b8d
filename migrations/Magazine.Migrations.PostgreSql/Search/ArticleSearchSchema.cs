using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Magazine.Migrations.PostgreSql.Search;

/// <summary>
/// The PostgreSQL full-text index of stories: a table of one weighted `tsvector` per story
/// (headline A, tags B, standfirst C, body D) under a GIN index, kept in step by triggers on
/// Articles, ArticleTags and Tags, whoever writes (newsroom, import, the copy from SQLite).
///
/// The text is folded as SQLite's index folds it (<c>SearchText.Fold</c> in C#, registered
/// there as a function): `magazine_fold` below is the same rules in SQL (NFKC, Arabic marks
/// and tatweel removed, letter variants unified, the light stemmer's prefixes and endings),
/// and every run of characters that are not letters or digits becomes one space, as FTS5's
/// unicode61 tokenizer splits. The `magazine` text search configuration then does what
/// SQLite's `porter unicode61 remove_diacritics 2` does: lower case, Latin accents off
/// (unaccent), English stems (Snowball, with no stop words: SQLite has none). A test checks
/// the SQL fold against the C# one on the demo magazine and on hard cases.
///
/// Not a migration: the schema is created, or replaced and rebuilt when <see cref="Version"/>
/// changes, by the site at start (<c>PostgreSqlSearch.EnsureReadyAsync</c>), so the
/// migrations stay exactly what EF Core generates from the model and can be regenerated.
/// The database needs a UTF-8 encoding and a UTF-8 character-type locale (C.UTF-8 or any
/// language's), which decides what a letter is.
/// </summary>
public static class ArticleSearchSchema
{
    /// <summary>Change it with any change below: the site rebuilds the index at its next start.</summary>
    public const string Version = "magazine search 1";

    public const string Table = "ArticleSearch";

    public static readonly string[] TriggerNames = ["ArticleSearch_ArticleChanged", "ArticleSearch_TagsChanged", "ArticleSearch_TagRenamed"];

    /// <summary>Who holds this lock creates or rebuilds the index; other instances starting at the same moment wait.</summary>
    public const long AdvisoryLock = 0x6D6167_0001;

    public const string ReadVersion = """
        SELECT coalesce(obj_description(to_regclass('"ArticleSearch"'), 'pg_class'), '') AS "Value"
        """;

    public static string Create => $$"""
        CREATE EXTENSION IF NOT EXISTS unaccent;

        CREATE OR REPLACE FUNCTION magazine_stem(word text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
        DECLARE
          affix text;
        BEGIN
          FOREACH affix IN ARRAY ARRAY['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] LOOP
            IF left(word, length(affix)) = affix AND length(word) - length(affix) >= 3 THEN
              word := substr(word, length(affix) + 1);
              EXIT;
            END IF;
          END LOOP;
          FOREACH affix IN ARRAY ARRAY['ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'هن', 'ه', 'ي'] LOOP
            IF right(word, length(affix)) = affix
               AND length(word) - length(affix) >= (CASE WHEN length(affix) = 1 THEN 4 ELSE 3 END) THEN
              RETURN left(word, length(word) - length(affix));
            END IF;
          END LOOP;
          RETURN word;
        END
        $f$;

        CREATE OR REPLACE FUNCTION magazine_fold(body text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
        DECLARE
          folded text;
        BEGIN
          folded := translate(
            regexp_replace(normalize(body, NFKC), '[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]+', '', 'g'),
            E'\u0622\u0623\u0625\u0671\u0649\u06CC\u0629', E'\u0627\u0627\u0627\u0627\u064A\u064A\u0647');
          IF folded !~ '[\u0621-\u064A]' THEN
            RETURN regexp_replace(folded, '[^[:alnum:]]+', ' ', 'g');
          END IF;
          RETURN (SELECT string_agg(magazine_stem(m[1]), ' ' ORDER BY n)
                  FROM regexp_matches(folded, '([[:alnum:]]+)', 'g') WITH ORDINALITY AS words(m, n));
        END
        $f$;

        DO $d$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'magazine_english') THEN
            CREATE TEXT SEARCH DICTIONARY magazine_english (TEMPLATE = snowball, Language = english);
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'magazine') THEN
            CREATE TEXT SEARCH CONFIGURATION magazine (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION magazine
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
              WITH unaccent, magazine_english;
          END IF;
        END
        $d$;

        CREATE OR REPLACE FUNCTION magazine_search_document(title text, tags text, dek text, body text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
          SELECT setweight(to_tsvector('magazine', coalesce(magazine_fold(title), '')), 'A')
              || setweight(to_tsvector('magazine', coalesce(magazine_fold(tags), '')), 'B')
              || setweight(to_tsvector('magazine', coalesce(magazine_fold(dek), '')), 'C')
              || setweight(to_tsvector('magazine', coalesce(magazine_fold(body), '')), 'D')
        $f$;

        CREATE TABLE IF NOT EXISTS "ArticleSearch" (
          "ArticleId" integer PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
          "Document" tsvector NOT NULL);
        CREATE INDEX IF NOT EXISTS "IX_ArticleSearch_Document" ON "ArticleSearch" USING gin ("Document");

        CREATE OR REPLACE FUNCTION magazine_reindex(stories integer[]) RETURNS void
        LANGUAGE sql AS $f$
          INSERT INTO "ArticleSearch" ("ArticleId", "Document")
          SELECT a."Id", magazine_search_document(a."Title",
                   (SELECT string_agg(t."Name", ' ') FROM "ArticleTags" x JOIN "Tags" t ON t."Id" = x."TagId" WHERE x."ArticleId" = a."Id"),
                   a."Dek", a."BodyText")
          FROM "Articles" a WHERE a."Id" = ANY (stories)
          ON CONFLICT ("ArticleId") DO UPDATE SET "Document" = excluded."Document";
        $f$;

        CREATE OR REPLACE FUNCTION magazine_article_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          PERFORM magazine_reindex(ARRAY[new."Id"]);
          RETURN NULL;
        END
        $f$;

        CREATE OR REPLACE FUNCTION magazine_tags_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM magazine_reindex(ARRAY[old."ArticleId"]);
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM magazine_reindex(ARRAY[new."ArticleId"]);
          END IF;
          RETURN NULL;
        END
        $f$;

        CREATE OR REPLACE FUNCTION magazine_tag_renamed() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          PERFORM magazine_reindex(ARRAY(SELECT "ArticleId" FROM "ArticleTags" WHERE "TagId" = new."Id"));
          RETURN NULL;
        END
        $f$;

        DROP TRIGGER IF EXISTS "ArticleSearch_ArticleChanged" ON "Articles";
        CREATE TRIGGER "ArticleSearch_ArticleChanged" AFTER INSERT OR UPDATE OF "Title", "Dek", "BodyText" ON "Articles"
          FOR EACH ROW EXECUTE FUNCTION magazine_article_changed();
        DROP TRIGGER IF EXISTS "ArticleSearch_TagsChanged" ON "ArticleTags";
        CREATE TRIGGER "ArticleSearch_TagsChanged" AFTER INSERT OR UPDATE OF "ArticleId", "TagId" OR DELETE ON "ArticleTags"
          FOR EACH ROW EXECUTE FUNCTION magazine_tags_changed();
        DROP TRIGGER IF EXISTS "ArticleSearch_TagRenamed" ON "Tags";
        CREATE TRIGGER "ArticleSearch_TagRenamed" AFTER UPDATE OF "Name" ON "Tags"
          FOR EACH ROW EXECUTE FUNCTION magazine_tag_renamed();

        COMMENT ON TABLE "ArticleSearch" IS '{{Version}}';
        """;

    /// <summary>Empties the index and fills it from every story.</summary>
    public const string Rebuild = """
        TRUNCATE "ArticleSearch";
        SELECT magazine_reindex(ARRAY(SELECT "Id" FROM "Articles"));
        """;

    /// <summary>
    /// Creates the index and fills it from every story. The filling is one statement over the
    /// whole archive, so it runs without a command timeout: Npgsql's default of 30 s stopped it
    /// on a large site (10,000 stories took 28 s on a busy two-core machine).
    /// </summary>
    public static async Task BuildAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var timeout = database.GetCommandTimeout();
        database.SetCommandTimeout(0);
        try
        {
            await database.ExecuteSqlRawAsync(Create, cancellationToken);
            await database.ExecuteSqlRawAsync(Rebuild, cancellationToken);
        }
        finally
        {
            database.SetCommandTimeout(timeout);
        }
    }
}
