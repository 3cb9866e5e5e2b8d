using Magazine.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// The real application over a real SQLite file in a fresh temporary data folder, built
/// by the real migrations at start; or, when the run is on PostgreSQL (<see cref="TestDatabase"/>),
/// over a fresh database of its own on the test server. The clock is a fake the tests can move.
/// </summary>
public class MagazineFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Magazine:SeedDemoContent"] = "false",
        ["Magazine:Comments:RateLimitPerMinute"] = "0",
        ["Magazine:SignInAttemptsPerMinute"] = "0",
        // Every test client shares one address: the tests that are about throttling turn it on.
        ["Magazine:SignInThrottle:Enabled"] = "false",
        // The outbox sender and the digest scheduler wake when mail is queued; otherwise they
        // stay quiet, so no background query lands inside a test that counts statements.
        ["Magazine:Mail:PollSeconds"] = "3600",
    };

    public MagazineFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "magazine-tests", Guid.NewGuid().ToString("N"));
        _settings["Magazine:DataDirectory"] = DataDirectory;
        // Outside Development the sign-in cookie is Secure-only, as on the real site.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string DataDirectory { get; }

    /// <summary>This factory's PostgreSQL database, once the app has started on PostgreSQL.</summary>
    public PostgreSqlTestDatabase? PostgreSql { get; private set; }

    private bool _sqliteWhateverTheRun;

    /// <summary>
    /// Runs on that PostgreSQL database instead of a new one (a second start of the same site;
    /// the caller drops it); does nothing when null, as in a SQLite run.
    /// </summary>
    public MagazineFactory On(PostgreSqlTestDatabase? database) =>
        database is null ? this : With("Magazine:Database:Provider", "PostgreSql").With("ConnectionStrings:Magazine", database.ConnectionString);

    /// <summary>Keeps this site on SQLite even in a PostgreSQL run (a test about moving from SQLite; call before the first request).</summary>
    public MagazineFactory OnSqlite()
    {
        _sqliteWhateverTheRun = true;
        return this;
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Changes the app's services before it starts (call before the first request).</summary>
    public MagazineFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Sets a configuration value before the app starts (call before the first request).</summary>
    public MagazineFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("");
        builder.UseEnvironment("Production");
        if (TestDatabase.IsPostgreSql && !_sqliteWhateverTheRun && PostgreSql is null && !_settings.ContainsKey("ConnectionStrings:Magazine"))
        {
            PostgreSql = TestDatabase.Create();
            _settings["Magazine:Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:Magazine"] = PostgreSql.ConnectionString;
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _services.ForEach(configure => configure(services));
        });
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs work against the app's own database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<MagazineDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<MagazineDbContext>());
    }

    public Task WithDbAsync(Func<MagazineDbContext, Task> work) =>
        WithDbAsync(async db => { await work(db); return true; });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            PostgreSql?.Dispose();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a closing connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
