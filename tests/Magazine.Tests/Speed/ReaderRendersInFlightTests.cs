using System.Net;
using Magazine.Tests.Infrastructure;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using static Magazine.Tests.Infrastructure.CacheAnswers;

namespace Magazine.Tests.Speed;

/// <summary>
/// Readers who ask for a page while it is being rendered wait for that render and are
/// answered from the cache; never with a render begun before a change they were told of.
/// </summary>
public sealed class ReaderRendersInFlightTests
{
    [Fact]
    public async Task ReadersAskingWhileAPageRendersWaitForThatOneRenderAndGetItFromTheCache()
    {
        var held = new HeldHomePage();
        using var app = Site(held);
        var client = app.CreateClient();

        var first = client.GetAsync("/");
        await held.Entered;
        var others = Enumerable.Range(0, 4).Select(_ => client.GetAsync("/")).ToList();
        await WaitingAsync(app, 4);
        held.Release();

        Assert.False(FromCache(await first));
        foreach (var other in await Task.WhenAll(others))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.True(FromCache(other), "a reader who waited rendered the page again");
        }
        Assert.Equal(1, held.Renders);
    }

    [Fact]
    public async Task AReaderToldOfAPublicationIsNotAnsweredByARenderBegunBeforeIt()
    {
        var held = new HeldHomePage();
        using var app = Site(held);
        var (section, author) = await app.SectionAndAuthorAsync();
        var client = app.CreateClient();

        var before = client.GetAsync("/");
        await held.Entered;
        var published = await app.StoryAsync(section, author, title: "Published meanwhile " + TestData.Unique("p"));
        var after = client.GetAsync("/");
        await WaitingAsync(app, 1);
        held.Release();

        Assert.DoesNotContain(published.Title, await (await before).Content.ReadAsStringAsync());
        var answer = await after;
        Assert.False(FromCache(answer), "the render begun before the publication was stored");
        Assert.Contains(published.Title, await answer.Content.ReadAsStringAsync());
        Assert.Equal(2, held.Renders);
        var next = await client.GetAsync("/");
        Assert.True(FromCache(next));
        Assert.Contains(published.Title, await next.Content.ReadAsStringAsync());
    }

    private static MagazineFactory Site(HeldHomePage held) =>
        new CacheMarkingFactory().WithServices(services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(held)));

    private static async Task WaitingAsync(MagazineFactory app, int readers)
    {
        var renders = app.Services.GetRequiredService<ReaderRendersInFlight>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (renders.Waiting < readers)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Holds the first render of the home page once its content has been read, until released; counts its renders.</summary>
    private sealed class HeldHomePage : IAsyncResultFilter
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _renders;

        public Task Entered => _entered.Task;

        public int Renders => Volatile.Read(ref _renders);

        public void Release() => _release.TrySetResult();

        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            if (context.HttpContext.Request.Path == "/" && Interlocked.Increment(ref _renders) == 1)
            {
                _entered.SetResult();
                await _release.Task;
            }
            await next();
        }
    }
}
