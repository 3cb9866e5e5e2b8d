using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Hardening;

/// <summary>Failed sign-ins slow the client that makes them; they never lock the account, so an outsider cannot shut anyone out.</summary>
public class SignInThrottleTests : IAsyncLifetime
{
    private readonly MagazineFactory _app = NewSite();

    /// <summary>A site counting failed sign-ins, behind a proxy so each test client has its own address.</summary>
    protected static MagazineFactory NewSite() => new MagazineFactory()
        .With("Magazine:SignInThrottle:Enabled", "true")
        .BehindAProxy();

    protected MagazineFactory App => _app;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task AnOutsidersFiftyWrongPasswordsFromOneClientDoNotStopTheRealPerson()
    {
        var editor = await _app.CreateUserAsync(Roles.Editor);
        var outsider = _app.CreateClientAt("203.0.113.7");

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            answers.Add((await outsider.SignInAsync(editor.Email!, $"wrong-password-{attempt}")).StatusCode);
        }
        var editorsSignIn = await _app.CreateClientAt("198.51.100.20").SignInAsync(editor.Email!, NewsroomClient.Password);

        Assert.All(answers, status => Assert.Contains(status, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.TooManyRequests]));
        Assert.Equal(45, answers.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.Redirect, editorsSignIn.StatusCode);
        Assert.Equal("/admin", editorsSignIn.Headers.Location?.OriginalString);
        Assert.Null(await LockoutEndAsync(editor));
    }

    [SkippableFact]
    public async Task AnOutsidersFiftyWrongPasswordsSpreadOverTenClientsDoNotStopTheRealPerson()
    {
        var editor = await _app.CreateUserAsync(Roles.Editor);

        var refused = 0;
        for (var client = 1; client <= 10; client++)
        {
            var outsider = _app.CreateClientAt($"203.0.113.{client}");
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var status = (await outsider.SignInAsync(editor.Email!, $"wrong-password-{attempt}")).StatusCode;
                Assert.Contains(status, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
                refused += status == HttpStatusCode.TooManyRequests ? 1 : 0;
            }
        }
        var editorsSignIn = await _app.CreateClientAt("198.51.100.20").SignInAsync(editor.Email!, NewsroomClient.Password);

        // Past 20 failures on the address, each further client gets one try before it waits.
        Assert.Equal(24, refused);
        Assert.Equal(HttpStatusCode.Redirect, editorsSignIn.StatusCode);
        Assert.Equal("/admin", editorsSignIn.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task AClientThatKeepsFailingWaitsLongerEachTime()
    {
        var editor = await _app.CreateUserAsync(Roles.Editor);
        var client = _app.CreateClientAt("203.0.113.50");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(editor.Email!, $"wrong-password-{attempt}")).StatusCode);
        }

        var waiting = await client.SignInAsync(editor.Email!, NewsroomClient.Password);
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        var afterAMinute = await client.SignInAsync(editor.Email!, "wrong-password-6");
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        var stillWaiting = await client.SignInAsync(editor.Email!, NewsroomClient.Password);
        _app.Clock.Advance(TimeSpan.FromSeconds(60));
        var afterTwoMinutes = await client.SignInAsync(editor.Email!, NewsroomClient.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Equal("60", waiting.Headers.RetryAfter?.Delta?.TotalSeconds.ToString());
        Assert.Equal(HttpStatusCode.OK, afterAMinute.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillWaiting.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterTwoMinutes.StatusCode);
    }

    [SkippableFact]
    public async Task AThrottledAttemptIsAnsweredOnTheSignInPageWithTheSameMessage()
    {
        var editor = await _app.CreateUserAsync(Roles.Editor);
        var client = _app.CreateClientAt("203.0.113.60");
        HttpResponseMessage wrong = null!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            wrong = await client.SignInAsync(editor.Email!, $"wrong-password-{attempt}");
        }

        var throttled = await client.SignInAsync(editor.Email!, NewsroomClient.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var page = Html.Parse(await throttled.Content.ReadAsStringAsync());
        Assert.Equal("Sign in", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(editor.Email, page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Equal(ErrorText(await wrong.Content.ReadAsStringAsync()), page.QuerySelector(".form-errors")?.TextContent.Trim());
    }

    private Task<DateTimeOffset?> LockoutEndAsync(MagazineUser user) =>
        _app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());

    private static string? ErrorText(string html) => Html.Parse(html).QuerySelector(".form-errors")?.TextContent.Trim();
}

/// <summary>
/// Every test above with the failures counted in a real Redis, and one more: failures made
/// through one instance slow the same client at another.
/// </summary>
public sealed class SignInThrottleOnRedisTests : SignInThrottleTests
{
    private readonly TestRedisServer _redis = new();

    public override async Task InitializeAsync()
    {
        TestRedisServer.Program.SkipIfMissing();
        await _redis.InitializeAsync();
        App.With("ConnectionStrings:Redis", _redis.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [SkippableFact]
    public async Task FailuresThroughOneInstanceSlowTheSameClientAtAnother()
    {
        using var other = NewSite().With("ConnectionStrings:Redis", _redis.ConnectionString);
        var address = $"someone-{Guid.NewGuid():N}@example.com";
        var here = App.CreateClientAt("203.0.113.90");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await here.SignInAsync(address, $"wrong-password-{attempt}")).StatusCode);
        }

        var there = other.CreateClientAt("203.0.113.90");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await there.SignInAsync(address, "wrong-password-5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.CreateClientAt("203.0.113.91").SignInAsync(address, "wrong-password-6")).StatusCode);
    }
}
