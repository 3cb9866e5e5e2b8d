using System.Net.Sockets;
using System.Text;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

/// <summary>
/// A few hundred generated hostile requests, sent as raw bytes to the real Kestrel server
/// so that malformed targets reach it exactly as an attacker would send them.
/// </summary>
public sealed class HostileRequestsTests : IAsyncLifetime
{
    private static readonly string[] PublicRoutes =
    [
        "/", "/latest", "/section/world", "/tag/economy", "/author/someone", "/2026/11/a-story", "/about", "/contact",
        "/p/privacy", "/comments", "/account/register", "/account/signin", "/healthz", "/search", "/feed", "/sitemap.xml", "/robots.txt",
    ];

    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:SeedDemoContent", "true");
    private int _port;

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        using var client = _app.CreateClient();
        _port = client.BaseAddress!.Port;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NoHostileRequestGetsAServerError()
    {
        var requests = Generate(new Random(20261124)).ToList();
        var failures = new List<string>();

        foreach (var (description, raw) in requests)
        {
            var (status, body) = await SendAsync(raw);
            if (status is >= 500 or 0)
            {
                failures.Add($"{status} for {description}");
            }
            else if (status is >= 400 and not 405 && body.Length > 0 && !body.Contains("site-header", StringComparison.Ordinal) && !description.StartsWith("HEAD", StringComparison.Ordinal))
            {
                failures.Add($"{status} without the site's error page for {description}");
            }
        }

        Assert.True(requests.Count >= 300, $"only {requests.Count} requests generated");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static IEnumerable<(string, byte[])> Generate(Random random)
    {
        string[] junk = ["%", "%zz", "%E0%A4%A", "%00", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%c0%af..", "%u0041", "%%%", "<script>alert(1)</script>", "'--", "\"onmouseover=x", "%ff%fe", "\u202e"];
        foreach (var route in PublicRoutes)
        {
            foreach (var piece in junk)
            {
                yield return Get($"{route}/{piece}");
                yield return Get($"{route}?page={piece}&q={piece}&replyto={piece}");
            }
            yield return Get(route + "?" + RandomQuery(random, 2000));
            yield return Get(route + "/" + new string('a', 3000));
            yield return Get($"{route}?page=99999999999999999999&page=-1&page=abc");
            foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD" })
            {
                yield return Request(method, route, null, null);
            }
            yield return Post(route, "application/x-www-form-urlencoded", "%%%&&&===&a=%zz&" + new string('b', 100));
            yield return Post(route, "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\nunterminated");
            yield return Post(route, "application/json", "{\"Body\": [1,2,{");
            yield return Post(route, "application/x-www-form-urlencoded", "ArticleId=1&Name=x&Body=" + new string('x', 1_100_000));
        }
        yield return Get("/" + new string('%', 5000));
        yield return Get("/a?" + new string('&', 20000));
        yield return Post("/comments", "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=v")));
    }

    private static string RandomQuery(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789%&=+;,/?:@$!*'()[]~._-";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private static (string, byte[]) Get(string target) => Request("GET", target, null, null);

    private static (string, byte[]) Post(string target, string contentType, string body) => Request("POST", target, contentType, body);

    private static (string, byte[]) Request(string method, string target, string? contentType, string? body)
    {
        var bodyBytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        if (contentType is not null)
        {
            head.Append($"Content-Type: {contentType}\r\n");
        }
        if (body is not null)
        {
            head.Append($"Content-Length: {bodyBytes.Length}\r\n");
        }
        head.Append("\r\n");
        var description = $"{method} {(target.Length > 120 ? target[..120] + "…" : target)}{(contentType is null ? "" : $" [{contentType}, {bodyBytes.Length} bytes]")}";
        return (description, [.. Encoding.UTF8.GetBytes(head.ToString()), .. bodyBytes]);
    }

    private async Task<(int Status, string Body)> SendAsync(byte[] raw)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", _port);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(raw);
        }
        catch (IOException)
        {
            // The server may close the connection before reading an oversized body; its answer is still readable.
        }
        using var reader = new MemoryStream();
        try
        {
            await stream.CopyToAsync(reader);
        }
        catch (IOException)
        {
        }
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var statusLine = text.Split("\r\n", 2)[0].Split(' ');
        var status = statusLine.Length > 1 && int.TryParse(statusLine[1], out var code) ? code : 0;
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : text[(bodyStart + 4)..]);
    }
}
