using System.Net;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.ReaderSite;

public sealed class StaticAssetsTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Fact]
    public async Task StylesheetIsFingerprintedAndServedCompressed()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        var response = await client.GetAsync(href);

        Assert.Matches(@"^/css/site\.\w+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);

        var compressed = new HttpRequestMessage(HttpMethod.Get, href);
        compressed.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var compressedResponse = await client.SendAsync(compressed);
        Assert.Equal(HttpStatusCode.OK, compressedResponse.StatusCode);
        Assert.NotEmpty(compressedResponse.Content.Headers.ContentEncoding);
    }
}
