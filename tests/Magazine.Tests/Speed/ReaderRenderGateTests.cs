using System.Net;
using Magazine.Tests.Comments;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Caching;
using Magazine.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Magazine.Tests.Speed;

/// <summary>Renders past the bound wait their turn; past the queue, readers get the busy answer, and nothing else is held up.</summary>
public sealed class ReaderRenderGateTests
{
    [Fact]
    public async Task ReaderPagesBeyondTheBoundWaitTheirTurnAndAllAreAnswered()
    {
        using var app = new OpenCommentsFactory().With("Magazine:OutputCache", "false").With("Magazine:ConcurrentRenders", "1");
        var (section, author) = await app.SectionAndAuthorAsync();
        var stories = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            stories.Add(TestData.UrlOf(await app.StoryAsync(section, author)));
        }
        var client = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync(stories[i % stories.Count])));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
    }

    [Fact]
    public async Task ARenderPastTheQueueGetsTheBusyAnswerWhileOtherRequestsPass()
    {
        using var gate = new ReaderRenderGate(Options.Create(new MagazineOptions { ConcurrentRenders = 1, QueuedRenders = 0 }));
        var holding = new TaskCompletionSource();
        var entered = new TaskCompletionSource();

        var first = gate.InvokeAsync(ReaderPage(), async _ => { entered.SetResult(); await holding.Task; });
        await entered.Task;
        var refused = ReaderPage();
        await gate.InvokeAsync(refused, _ => throw new InvalidOperationException("must not render"));
        var other = new DefaultHttpContext();
        var otherRan = false;
        await gate.InvokeAsync(other, _ => { otherRan = true; return Task.CompletedTask; });
        holding.SetResult();
        await first;
        var after = ReaderPage();
        var afterRan = false;
        await gate.InvokeAsync(after, _ => { afterRan = true; return Task.CompletedTask; });

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("5", refused.Response.Headers.RetryAfter.ToString());
        Assert.True(otherRan, "a request that is not a reader page render passes by the gate");
        Assert.True(afterRan, "the permit is given back when the render ends");
    }

    private static DefaultHttpContext ReaderPage()
    {
        var context = new DefaultHttpContext();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new OutputCacheAttribute { PolicyName = ReaderCache.Policy }), "reader page"));
        return context;
    }
}
