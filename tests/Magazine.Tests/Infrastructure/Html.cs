using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Magazine.Tests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return Parser.ParseDocument(body);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
