using System.Diagnostics;
using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Magazine.Tests.Hardening;

/// <summary>A sign-in takes as long for an address without an account as for a real one with a wrong password.</summary>
public sealed class SignInTimingTests(ITestOutputHelper output) : IDisposable
{
    private const int Tries = 30;

    // The throttle and the rate limit are off (the factory's defaults): every try must do the full work.
    private readonly MagazineFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task KnownAndUnknownAddressesTakeTheSameTime()
    {
        var editor = await _app.CreateUserAsync(Roles.Editor);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        var client = _app.CreateSecureClient();
        var token = await client.AntiforgeryTokenAsync();
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            await TimedSignInAsync(client, token, editor.Email!);
            await TimedSignInAsync(client, token, unknown);
        }

        var known = new List<double>();
        var absent = new List<double>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            // Alternating which goes first spreads the machine's noise over both.
            if (attempt % 2 == 0)
            {
                known.Add(await TimedSignInAsync(client, token, editor.Email!));
                absent.Add(await TimedSignInAsync(client, token, unknown));
            }
            else
            {
                absent.Add(await TimedSignInAsync(client, token, unknown));
                known.Add(await TimedSignInAsync(client, token, editor.Email!));
            }
        }

        var ratio = Math.Max(Median(known), Median(absent)) / Math.Min(Median(known), Median(absent));
        output.WriteLine($"median known {Median(known):F1} ms, unknown {Median(absent):F1} ms, ratio {ratio:F3}");
        Assert.True(ratio < 1.2, $"known {Median(known):F1} ms against unknown {Median(absent):F1} ms (ratio {ratio:F2})");
    }

    private static async Task<double> TimedSignInAsync(HttpClient client, string token, string email)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = "wrong-password-1",
            ["__RequestVerificationToken"] = token,
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/account/signin", form);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
