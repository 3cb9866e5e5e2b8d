using System.Net;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// Two real processes of the site, each with its own data folder, on one database and one
/// Redis (<see cref="TestRedisServer"/>), as two machines behind a balancer. The database is
/// a fresh one on the PostgreSQL test server (<see cref="TestDatabase"/>), as several
/// instances run in production; without that server (a developer's machine, never CI) both
/// share one SQLite file in WAL mode.
/// Readers reach them as through the balancer, over HTTPS (<see cref="Reader"/>).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string EditorEmail = "two-instances-editor@example.com";
    public const string Password = NewsroomClient.Password;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "magazine-tests", "two-" + Guid.NewGuid().ToString("N"));

    public TestRedisServer Redis { get; } = new();

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    private PostgreSqlTestDatabase? _database;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        if (!TestRedisServer.Program.Installed && !TestDatabase.InCi)
        {
            // Each test skips itself, saying how to install Redis; nothing to start for them.
            return;
        }
        if (TestDatabase.ServerOrNull is null && TestDatabase.InCi)
        {
            throw new InvalidOperationException($"The two instances run on PostgreSQL in CI: {TestDatabase.HowToRunOnPostgreSql}");
        }
        // Empty: the first instance's start migrates it, as in production.
        _database = TestDatabase.ServerOrNull is null ? null : TestDatabase.CreateEmpty();
        var (provider, connectionString) = _database is null
            ? ("Sqlite", $"Data Source={Path.Combine(_folder, "magazine.db")}")
            : ("PostgreSql", _database.ConnectionString);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = Redis.ConnectionString,
            ["Magazine__Redis__Prefix"] = "two-instances:",
            ["Magazine__Database__Provider"] = provider,
            ["ConnectionStrings__Magazine"] = connectionString,
            ["Magazine__SeedDemoContent"] = "true",
            ["Magazine__CacheHeader"] = "true",
            // Times typed in the editor are UTC, as the test computes them.
            ["Magazine__Site__TimeZone"] = "UTC",
            ["Magazine__ReverseProxy__Enabled"] = "true",
            ["Magazine__Comments__Moderation"] = "None",
            ["Magazine__Comments__RateLimitPerMinute"] = "3",
            ["Magazine__Comments__MinimumSecondsBeforePosting"] = "0",
            ["Magazine__SignInThrottle__Enabled"] = "false",
            ["Magazine__Mail__PollSeconds"] = "3600",
        };
        Directory.CreateDirectory(_folder);
        // One start migrates and seeds; the second finds the database current.
        A = await SiteProcess.StartAsync(Path.Combine(_folder, "a"), settings);
        B = await SiteProcess.StartAsync(Path.Combine(_folder, "b"), settings);
        await SiteProcess.RunVerbAsync(Path.Combine(_folder, "a"), settings, "create-user", "--email", EditorEmail, "--password", Password, "--role", "Editor");
    }

    /// <summary>
    /// A browser behind the balancer: requests arrive over HTTPS (X-Forwarded-Proto), from
    /// <paramref name="address"/> (X-Forwarded-For), for the one public host (X-Forwarded-Host),
    /// so one cookie jar serves both instances.
    /// </summary>
    public static Reader NewReader(string address = "203.0.113.10") => new(address);

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        await Redis.DisposeAsync();
        _database?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed class Reader(string address) : IDisposable
    {
        /// <summary>The public name both instances answer for, as nginx passes it on.</summary>
        public const string Host = "magazine.test";

        private readonly CookieContainer _jar = new();
        private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        public async Task<HttpResponseMessage> SendAsync(SiteProcess site, HttpMethod method, string path, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, new Uri(site.Address, path)) { Content = content };
            var secure = new Uri($"https://{Host}{path}");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", Host);
            request.Headers.Add("X-Forwarded-For", address);
            if (_jar.GetCookieHeader(secure) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }
            var response = await _client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    _jar.SetCookies(secure, cookie);
                }
            }
            return response;
        }

        public Task<HttpResponseMessage> GetAsync(SiteProcess site, string path) => SendAsync(site, HttpMethod.Get, path);

        public async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(SiteProcess site, string path)
        {
            var response = await GetAsync(site, path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} at {site.Address}: {(int)response.StatusCode}");
            return Html.Parse(await response.Content.ReadAsStringAsync());
        }

        public Task<HttpResponseMessage> PostAsync(SiteProcess site, string path, Dictionary<string, string> fields) =>
            SendAsync(site, HttpMethod.Post, path, new FormUrlEncodedContent(fields));

        public void Dispose() => _client.Dispose();
    }
}
