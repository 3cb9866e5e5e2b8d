using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Magazine.Tests.Infrastructure;
using Magazine.Tests.SiteTransfer;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.PostgreSql;

/// <summary>
/// Moving a live SQLite site to PostgreSQL with the copy-to-postgresql verb: the demo
/// magazine plus an imported Blogger export, then both sites compared through HTTP.
/// </summary>
public sealed partial class CopyToPostgreSqlTests : IDisposable
{
    private readonly MagazineFactory _sqlite = new MagazineFactory().OnSqlite().With("Magazine:SeedDemoContent", "true");
    private readonly Disposables _cleanup = new();

    [PostgreSqlFact]
    public async Task TheCopiedSiteServesTheSameStoriesCommentsRedirectsAndSearchResults()
    {
        var import = await _sqlite.RunVerbAsync("import", "blogger", ExportFiles.Blogger);
        Assert.True(import.ExitCode == 0, import.Error);
        var target = Track(TestDatabase.CreateEmpty());
        var redirects = await _sqlite.WithDbAsync(db => db.Redirects.AsNoTracking().Select(r => r.FromPath).ToListAsync());
        Assert.NotEmpty(redirects);

        var copy = await _sqlite.RunVerbAsync("copy-to-postgresql", "--to", target.ConnectionString);

        Assert.True(copy.ExitCode == 0, copy.Error);
        Assert.Contains("every count matches", copy.Out);
        var articles = await _sqlite.WithDbAsync(db => db.Articles.CountAsync());
        Assert.True(articles > 17, "the demo and the import");
        Assert.Matches($@"(?m)^\s+Articles\s+{articles}$", copy.Out);
        Assert.Matches($@"(?m)^\s+ArticleSearch\s+{articles}$", copy.Out);
        var copied = Track(new MagazineFactory().On(target));
        _sqlite.Clock.SetUtcNow(copied.Clock.GetUtcNow());
        var (was, now) = (await SiteSnapshot.TakeAsync(_sqlite), await SiteSnapshot.TakeAsync(copied));
        // PostgreSQL keeps times to the microsecond, SQLite to the tick (0.1 µs): compared to the second, as the snapshot's other times are.
        Assert.Equal(ToTheSecond(was.Stories), ToTheSecond(now.Stories));
        Assert.Equal(ToTheSecond(was.Pages), ToTheSecond(now.Pages));
        Assert.Equal(was.Comments, now.Comments);
        Assert.Equal(was.Authors, now.Authors);
        Assert.Equal(was.Sections, now.Sections);
        Assert.Equal(was.Tags, now.Tags);

        var before = _sqlite.CreateBrowserClient();
        var after = copied.CreateBrowserClient();
        var addresses = await SitemapAddressesAsync(before);
        Assert.True(addresses.Count(a => a.Contains("/20", StringComparison.Ordinal)) >= 20, string.Join(" ", addresses));
        foreach (var address in addresses)
        {
            AssertSamePage(await PageTextAsync(before, address), await PageTextAsync(after, address));
        }
        foreach (var from in redirects)
        {
            var (first, second) = (await before.GetAsync(from), await after.GetAsync(from));
            Assert.Equal((first.StatusCode, first.Headers.Location), (second.StatusCode, second.Headers.Location));
        }
        var words = await _sqlite.WithDbAsync(db => db.Articles.AsNoTracking().Select(a => a.Title).ToListAsync());
        var queries = words.SelectMany(t => Word().Matches(t).Select(m => m.Value)).Distinct().Take(60)
            .Concat(["السوق", "الأسواق", "صيادون", "market", "farm", "the", "a"]);
        foreach (var query in queries)
        {
            foreach (var edition in new[] { "", "/ar" })
            {
                var url = $"{edition}/search?q={Uri.EscapeDataString(query)}";
                var (sqlite, postgreSql) = (await SearchResultsAsync(before, url), await SearchResultsAsync(after, url));
                AssertSamePage(sqlite, postgreSql);
            }
        }
    }

    [PostgreSqlFact]
    public async Task TheSqliteFileIsLeftExactlyAsItWas()
    {
        var sqliteFile = Path.Combine(_sqlite.DataDirectory, "magazine.db");
        await _sqlite.WithDbAsync(db => db.Articles.CountAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var hash = SHA256.HashData(await File.ReadAllBytesAsync(sqliteFile));
        var target = Track(TestDatabase.CreateEmpty());

        var copy = await _sqlite.RunVerbAsync("copy-to-postgresql", "--to", target.ConnectionString);

        Assert.True(copy.ExitCode == 0, copy.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(hash, SHA256.HashData(await File.ReadAllBytesAsync(sqliteFile)));
    }

    [PostgreSqlFact]
    public async Task ADatabaseThatAlreadyHoldsASiteIsRefusedAndKeepsItsContent()
    {
        var target = Track(TestDatabase.CreateEmpty());
        Assert.Equal(0, (await _sqlite.RunVerbAsync("copy-to-postgresql", "--to", target.ConnectionString)).ExitCode);

        var again = await _sqlite.RunVerbAsync("copy-to-postgresql", "--to", target.ConnectionString);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty", again.Error);
        using var copied = new MagazineFactory().On(target);
        Assert.Equal(await _sqlite.WithDbAsync(db => db.Articles.CountAsync()), await copied.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task WithoutAConnectionStringTheVerbSaysHowToUseIt()
    {
        var run = await _sqlite.RunVerbAsync("copy-to-postgresql");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: copy-to-postgresql --to", run.Error);
    }

    private static async Task<List<string>> SitemapAddressesAsync(HttpClient client)
    {
        // A small site's sitemap lists its pages; a large one's is an index of sitemaps.
        var root = await client.GetStringAsync("/sitemap.xml");
        var sitemaps = root.Contains("<sitemapindex", StringComparison.Ordinal)
            ? await Task.WhenAll(Loc().Matches(root).Select(m => client.GetStringAsync(new Uri(m.Groups[1].Value).PathAndQuery)))
            : [root];
        return sitemaps.SelectMany(xml => Loc().Matches(xml).Select(m => new Uri(m.Groups[1].Value).PathAndQuery)).Distinct().ToList();
    }

    /// <summary>What a reader reads on the page: the text of its body, spaces collapsed.</summary>
    private static async Task<string> PageTextAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return $"{address} {(int)response.StatusCode} {Spaces().Replace(document.Body?.TextContent ?? "", " ").Trim()}";
    }

    /// <summary>
    /// A search's answer: how many stories it found, and every result on every page, in
    /// order of address. The order of results is left out: it is each engine's ranking
    /// (SQLite's bm25, PostgreSQL's ts_rank), which weigh the same fields alike but are
    /// not the same formula.
    /// </summary>
    private static async Task<string> SearchResultsAsync(HttpClient client, string url)
    {
        var results = new List<string>();
        string? count = null;
        for (var next = url; next is not null && results.Count < 500;)
        {
            using var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            count ??= Spaces().Replace(document.QuerySelector(".search-count")?.TextContent ?? "nothing found", " ").Trim();
            results.AddRange(document.QuerySelectorAll(".search-result").Select(r => Spaces().Replace(r.TextContent, " ").Trim()));
            next = document.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        return $"{url}: {count}\n" + string.Join("\n", results.Order(StringComparer.Ordinal));
    }

    /// <summary>Equal, or a failure that shows both pages whole (the usual message shows a few words around the first difference).</summary>
    private static void AssertSamePage(string sqlite, string postgreSql) =>
        Assert.True(sqlite == postgreSql, $"SQLite:\n{sqlite}\nPostgreSQL:\n{postgreSql}");

    private static List<string> ToTheSecond(IEnumerable<string> lines) => lines.Select(l => Fraction().Replace(l, "")).ToList();

    private T Track<T>(T disposable) where T : IDisposable => _cleanup.Track(disposable);

    public void Dispose()
    {
        _cleanup.Dispose();
        _sqlite.Dispose();
    }

    [GeneratedRegex(@"<loc>([^<]+)</loc>")]
    private static partial Regex Loc();

    [GeneratedRegex(@"(?<=T\d\d:\d\d:\d\d)\.\d+")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
