using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Magazine.Tests.Infrastructure;

/// <summary>The comment counts a page's cards show once comment-counts.js has fetched them, asked for the way the script asks.</summary>
public static class CommentCounts
{
    public static string UrlFor(IHtmlDocument page)
    {
        var slots = page.QuerySelectorAll("[data-comments-of]");
        Assert.NotEmpty(slots);
        var ids = slots.Select(s => int.Parse(s.GetAttribute("data-comments-of")!, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();
        return $"{slots[0].GetAttribute("data-counts-from")}?ids={string.Join(',', ids)}";
    }

    /// <summary>Each story's count on the page at <paramref name="pageUrl"/>, as its card shows it ("2 comments"); stories without comments are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> CommentCountsOnAsync(this HttpClient client, string pageUrl)
    {
        var url = UrlFor(await client.GetDocumentAsync(pageUrl));
        var counts = JsonSerializer.Deserialize<Dictionary<string, string>>(await client.GetStringAsync(url))!;
        return counts.ToDictionary(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c => c.Value);
    }
}
