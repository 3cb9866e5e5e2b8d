using Magazine.Core.Content;

namespace Magazine.Tests.Content;

public sealed class BidiTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u202Eb", "a\u202Eb\u202C")]
    [InlineData("a\u202Db\u202Ac", "a\u202Db\u202Ac\u202C\u202C")]
    [InlineData("a\u202Eb\u202Cc", "a\u202Eb\u202Cc")]
    [InlineData("a\u2067b\u202Ec", "a\u2067b\u202Ec\u202C\u2069")]
    [InlineData("a\u2068b\u202Ec\u2069d", "a\u2068b\u202Ec\u2069d")]
    [InlineData("a\u202Eb\u2066c", "a\u202Eb\u2066c\u2069\u202C")]
    [InlineData("stray\u202C\u2069", "stray\u202C\u2069")]
    public void ClosesEveryEmbeddingOverrideAndIsolateLeftOpen(string text, string expected) =>
        Assert.Equal(expected, BidiText.Closed(text));

    [Fact]
    public void IsolatesTextBetweenFirstStrongAndPopDirectionalIsolate() =>
        Assert.Equal("\u2068خبر\u202E\u202C\u2069", BidiText.Isolated("خبر\u202E"));
}
