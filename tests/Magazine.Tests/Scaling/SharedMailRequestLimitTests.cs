using System.Net;
using Magazine.Tests.Infrastructure;
using Magazine.Tests.Mail;

namespace Magazine.Tests.Scaling;

/// <summary>Two instances on one Redis: the cap on messages a stranger can make the site send counts requests through both.</summary>
public sealed class SharedMailRequestLimitTests : IAsyncLifetime
{
    private readonly TestRedisServer _redis = new();
    private readonly TwoRequestsAnHourFactory _first = new();
    private readonly TwoRequestsAnHourFactory _second = new();

    public async Task InitializeAsync()
    {
        TestRedisServer.Program.SkipIfMissing();
        await _redis.InitializeAsync();
        _first.With("ConnectionStrings:Redis", _redis.ConnectionString);
        _second.With("ConnectionStrings:Redis", _redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [SkippableFact]
    public async Task RequestsThroughOneInstanceCountAtTheOther()
    {
        TestSmtpServer.Program.SkipIfMissing();
        var here = _first.CreateSecureClient();
        var there = _second.CreateSecureClient();

        Assert.Equal(HttpStatusCode.Redirect, (await here.PostFormAsync("/account/forgot", new() { ["Email"] = MailFactory.Unique("one") })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await here.PostFormAsync("/account/forgot", new() { ["Email"] = MailFactory.Unique("two") })).StatusCode);
        var refused = await there.PostFormAsync("/account/forgot", new() { ["Email"] = MailFactory.Unique("three") });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent);
    }
}
