using System.Data;
using Magazine.Core.Data;
using Magazine.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Magazine.Tests.Speed;

/// <summary>
/// A context's SQLite connection stays open between requests, and each query runs again on
/// the statement compiled for it the first time (SqliteKeptConnection, SqlitePreparedStatements).
/// Kept statements must bind each run's parameters, see every commit made elsewhere, run
/// inside the context's transaction, and step aside while a reader of the same text is open.
/// </summary>
public sealed class PreparedStatementTests : IDisposable
{
    private readonly MagazineFactory _app = new();

    [SqliteOnlyFact("SQLite's compiled statements on kept connections")]
    public async Task AQueryRunsAgainOnItsCompiledStatementAndSeesEveryCommit()
    {
        var (section, author) = await _app.SectionAndAuthorAsync();
        var first = await _app.StoryAsync(section, author, title: "First title");
        var second = await _app.StoryAsync(section, author, title: "Second title");

        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.CloseConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Assert.Equal(ConnectionState.Open, connection.State);

        var before = StatementMemory(connection);
        Assert.Equal("First title", await TitleAsync(db, first.Id));
        var statement = StatementMemory(connection);
        Assert.True(statement > before, "the query's compiled statement stays with the connection");
        Assert.Equal("Second title", await TitleAsync(db, second.Id));
        Assert.Equal(statement, StatementMemory(connection));

        await _app.WithDbAsync(other => other.Articles.Where(a => a.Id == first.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, "Corrected title")));
        Assert.Equal("Corrected title", await TitleAsync(db, first.Id));
        Assert.Equal(statement, StatementMemory(connection));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Articles.Where(a => a.Id == second.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, "Unsaved title"));
            Assert.Equal("Unsaved title", await TitleAsync(db, second.Id));
            await transaction.RollbackAsync();
        }
        Assert.Equal("Second title", await TitleAsync(db, second.Id));
    }

    [SqliteOnlyFact("SQLite's compiled statements on kept connections")]
    public async Task AQueryRunInsideTheResultsOfTheSameQueryGetsItsOwnStatement()
    {
        var (section, author) = await _app.SectionAndAuthorAsync();
        var first = await _app.StoryAsync(section, author, title: "Outer title");
        var second = await _app.StoryAsync(section, author, title: "Inner title");

        await _app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
            var inner = new List<string>();
            await foreach (var outer in Titles(db, first.Id).AsAsyncEnumerable())
            {
                Assert.Equal("Outer title", outer);
                inner.AddRange(await Titles(db, second.Id).ToListAsync());
            }
            Assert.Equal(["Inner title"], inner);
            Assert.Equal(["Outer title"], await Titles(db, first.Id).ToListAsync());
        });
    }

    [SqliteOnlyFact("SQLite's compiled statements on kept connections")]
    public async Task AReturnedContextKeepsItsConnectionOpenForTheNextRequest()
    {
        var (section, author) = await _app.SectionAndAuthorAsync();
        await _app.StoryAsync(section, author);
        var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/")).EnsureSuccessStatusCode();
        }

        var pool = Enumerable.Range(0, 4).Select(_ => _app.Services.CreateScope()).ToList();
        try
        {
            var open = pool.Select(s => s.ServiceProvider.GetRequiredService<MagazineDbContext>().Database.GetDbConnection())
                .Count(c => c.State == ConnectionState.Open && StatementMemory((SqliteConnection)c) > 0);
            Assert.True(open > 0, "a context taken from the pool should come with its connection open and its statements compiled");
        }
        finally
        {
            pool.ForEach(s => s.Dispose());
        }
    }

    [SqliteOnlyFact("SQLite's compiled statements on kept connections")]
    public async Task AfterABurstWiderThanTheKeptConnectionsEveryPooledContextStillKeepsItsConnection()
    {
        using var app = new MagazineFactory().With("Magazine:Database:SqliteOpenConnections", "2");
        var (section, author) = await app.SectionAndAuthorAsync();
        var story = await app.StoryAsync(section, author, title: "Burst title");

        // Six requests at once take six contexts; only two connections may stay open.
        var burst = Enumerable.Range(0, 6).Select(_ => app.Services.CreateScope()).ToList();
        foreach (var scope in burst)
        {
            Assert.Equal("Burst title", await TitleAsync(scope.ServiceProvider.GetRequiredService<MagazineDbContext>(), story.Id));
        }
        burst.ForEach(s => s.Dispose());
        for (var i = 0; i < 4; i++)
        {
            await RequestAsync(app, story.Id);
        }

        var kept = new List<bool>();
        for (var i = 0; i < 6; i++)
        {
            kept.Add(await RequestAsync(app, story.Id));
        }
        Assert.All(kept, Assert.True);
    }

    /// <summary>One request's worth: a context from the pool, a query, the context back. Whether it came with its statements compiled.</summary>
    private static async Task<bool> RequestAsync(MagazineFactory app, int storyId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var compiled = connection.State == ConnectionState.Open && StatementMemory(connection) > 0;
        Assert.Equal("Burst title", await TitleAsync(db, storyId));
        return compiled;
    }

    private static IQueryable<string> Titles(MagazineDbContext db, int id) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title);

    private static Task<string> TitleAsync(MagazineDbContext db, int id) => Titles(db, id).SingleAsync();

    /// <summary>
    /// The memory held by the statements compiled on this connection: it grows when a query is
    /// compiled and kept, and stays level while the query runs again on the same statement.
    /// </summary>
    private static int StatementMemory(SqliteConnection connection)
    {
        const int statementMemory = 3; // SQLITE_DBSTATUS_STMT_USED
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_db_status(connection.Handle, statementMemory, out var current, out _, 0));
        return current;
    }

    public void Dispose() => _app.Dispose();
}
