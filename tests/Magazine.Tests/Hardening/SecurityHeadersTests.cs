using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

public sealed class SecurityHeadersTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    [InlineData("/favicon.svg")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc);
        Assert.DoesNotContain("'unsafe-eval'", scriptSrc);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task HttpsResponsesCarryHsts()
    {
        // HSTS is never sent for localhost, so ask as a real host would be asked.
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://news.example") });
        var response = await client.GetAsync("/");

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task PagesCarryNoInlineScript()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
            s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json",
            "inline script: " + s.OuterHtml));
    }

    [Fact]
    public async Task HealthEndpointAnswersWhenTheDatabaseDoes()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class AdHostsInPolicyTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:Site:AdHosts", "ads.example.net");

    [Fact]
    public async Task AdHostsFromSettingsAreNamedInTheScriptPolicy()
    {
        var response = await _app.CreateClient().GetAsync("/");

        Assert.Contains("script-src 'self' https://ads.example.net;", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>A site whose settings were saved before hosts outside ASCII were refused.</summary>
public sealed class AdHostsOutsideAsciiTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:Site:AdHosts", "ads.example.net, إعلانات.example");

    [Fact]
    public async Task AStoredHostOutsideAsciiIsLeftOutOfThePolicyAndPagesStillAnswer()
    {
        var response = await _app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self' https://ads.example.net;", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    public void Dispose() => _app.Dispose();
}
