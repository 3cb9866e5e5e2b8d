using System.Net;
using System.Text;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Hardening;

/// <summary>
/// The forms posted without an antiforgery token (from cached pages), sent a body the server
/// cannot read as a form: nothing is bound, and the answer is the site's own 400 page.
/// </summary>
public sealed class UnreadableFormTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    [Theory]
    [InlineData("/newsletter", "Email=reader%40example.com&FromFooter=true&Name=%00")]
    [InlineData("/ar/newsletter", "Email=%00&English=true")]
    [InlineData("/comments", "ArticleId=1&Name=%00&Body=Hello")]
    public async Task AFormBodyWithANulCharacterGetsTheSiteBadRequestPage(string url, string body)
    {
        var response = await app.CreateClient().PostAsync(url, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).QuerySelector(".site-header"));
    }
}
