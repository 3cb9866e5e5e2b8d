using System.Diagnostics;
using Magazine.Core.Data;
using Magazine.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.CommandLine.Verbs;

public sealed class SeedDemoVerb(MagazineDbContext db, SyntheticMagazine magazine) : ICommandLineVerb
{
    public string Name => "seed-demo";
    public string Usage => "--articles N [--comments-per-article M]   (fills an empty data folder with synthetic stories)";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        var articles = args.Int("articles") ?? 0;
        if (articles is < 1 or > 10_000_000)
        {
            return console.Fail($"usage: seed-demo {Usage}", 2);
        }
        var comments = args.Has("comments-per-article") ? args.Int("comments-per-article") : 0;
        if (comments is not (>= 0 and <= 1000))
        {
            return console.Fail("--comments-per-article takes a whole number from 0 to 1000.", 2);
        }
        if (!db.Database.IsSqlite())
        {
            // The synthetic archive is written with SQLite's own statements, for the benchmarks'
            // speed; on PostgreSQL, seed SQLite and move it across with copy-to-postgresql.
            return console.Fail("seed-demo fills a SQLite data folder only; seed one, then copy it with copy-to-postgresql.");
        }
        if (await db.Articles.AnyAsync(cancellationToken) || await db.Categories.AnyAsync(cancellationToken))
        {
            return console.Fail("the database already has content; seed-demo fills an empty data folder only.");
        }
        var clock = Stopwatch.StartNew();
        var (stories, written) = await magazine.FillAsync(articles, comments.Value, cancellationToken);
        console.Out.WriteLine($"Seeded {stories:N0} stories and {written:N0} comments in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
