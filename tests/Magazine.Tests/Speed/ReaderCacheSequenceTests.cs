using Magazine.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Time.Testing;

namespace Magazine.Tests.Speed;

/// <summary>The rule that keeps a racing render out of the cache without stopping unrelated ones.</summary>
public sealed class ReaderCacheSequenceTests
{
    private readonly ReaderCache _cache = new(new NoStore(), new FakeTimeProvider());

    [Fact]
    public async Task RenderBegunBeforeAnEvictionOfOneOfItsTagsIsNotCurrent()
    {
        var begun = _cache.Begin();

        await _cache.EvictAsync([ReaderTags.Story(1)]);

        Assert.False(_cache.IsCurrent(begun, [ReaderTags.All, ReaderTags.Story(1)]));
        Assert.True(_cache.IsCurrent(_cache.Begin(), [ReaderTags.All, ReaderTags.Story(1)]));
    }

    [Fact]
    public async Task EvictionOfOtherTagsLeavesARenderCurrent()
    {
        var begun = _cache.Begin();

        await _cache.EvictAsync([ReaderTags.Story(2), ReaderTags.Home]);

        Assert.True(_cache.IsCurrent(begun, [ReaderTags.All, ReaderTags.Story(1), ReaderTags.Section(3)]));
    }

    [Fact]
    public async Task EvictingEverythingStopsEveryRenderBegunBefore()
    {
        var begun = _cache.Begin();

        await _cache.InvalidateAsync();

        Assert.False(_cache.IsCurrent(begun, [ReaderTags.All, ReaderTags.Story(9)]));
    }

    [Fact]
    public async Task EveryEvictionChangesTheValidator()
    {
        var before = _cache.Current.ETag;

        await _cache.EvictAsync([ReaderTags.Story(4)]);

        Assert.NotEqual(before, _cache.Current.ETag);
    }

    private sealed class NoStore : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
