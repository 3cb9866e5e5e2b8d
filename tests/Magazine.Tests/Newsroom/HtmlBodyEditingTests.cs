using System.Net;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;

namespace Magazine.Tests.Newsroom;

/// <summary>A body written in HTML (an imported one, or by choice) is edited, previewed and published as HTML.</summary>
public sealed class HtmlBodyEditingTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private const string Body = "  <p>Indented, as exports often are.</p>\n1986. A year, not a list.\n<p>2*3*4 and a\\_b</p>";

    [Fact]
    public async Task AnHtmlBodyIsSavedAndRenderedAsHtmlAndReopensAsHtml()
    {
        var (editor, _) = await app.SignedInAsync(Roles.Editor);

        var id = await editor.CreateStoryAsync("An HTML body", Body, change: f => f["Form.BodyFormat"] = nameof(BodyFormat.Html));

        var stored = await app.StoredStoryAsync(id);
        var page = await editor.GetDocumentAsync($"/admin/stories/{id}");
        Assert.Equal(BodyFormat.Html, stored.BodyFormat);
        Assert.Equal(Body, stored.BodyMarkdown);
        Assert.Contains("<p>Indented, as exports often are.</p>", stored.BodyHtml);
        Assert.Contains("2*3*4 and a\\_b", stored.BodyHtml);
        Assert.DoesNotContain("<pre", stored.BodyHtml);
        Assert.DoesNotContain("<ol", stored.BodyHtml);
        Assert.Equal(nameof(BodyFormat.Html), page.QuerySelector("select[name='Form.BodyFormat'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ThePreviewFollowsTheChosenFormat()
    {
        var (writer, _) = await app.SignedInAsync(Roles.Writer);
        var token = await writer.AntiforgeryTokenAsync();

        async Task<string> PreviewAsync(BodyFormat format)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/admin/stories/preview")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.BodyMarkdown"] = Body, ["Form.BodyFormat"] = format.ToString() }),
            };
            request.Headers.Add("RequestVerificationToken", token);
            var response = await writer.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var asHtml = await PreviewAsync(BodyFormat.Html);
        var asMarkdown = await PreviewAsync(BodyFormat.Markdown);

        Assert.Contains("1986. A year, not a list.", asHtml);
        Assert.DoesNotContain("<ol", asHtml);
        Assert.NotEqual(asHtml, asMarkdown);
    }
}
