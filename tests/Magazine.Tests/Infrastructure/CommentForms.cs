using AngleSharp.Html.Dom;

namespace Magazine.Tests.Infrastructure;

/// <summary>Posts the comment form the way a browser would: the page's own fields, plus what the reader types.</summary>
public static class CommentForms
{
    public static async Task<HttpResponseMessage> PostCommentAsync(
        this HttpClient client, string storyUrl, string body, string? name = "Reader", string? email = null,
        int? replyTo = null, IDictionary<string, string>? overrides = null)
    {
        var page = await client.GetDocumentAsync(replyTo is null ? storyUrl : $"{storyUrl}?replyto={replyTo}");
        var fields = FormFields(page, "form[action='/comments']");
        fields["Body"] = body;
        if (name is not null)
        {
            fields["Name"] = name;
        }
        if (email is not null)
        {
            fields["Email"] = email;
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }
        return await client.PostAsync("/comments", new FormUrlEncodedContent(fields));
    }

    public static Dictionary<string, string> FormFields(IHtmlDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no {formSelector} on the page");
        return form.QuerySelectorAll("input[name], textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio" or "submit" or "file"))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First() is IHtmlTextAreaElement area ? area.Value : g.First().GetAttribute("value") ?? "");
    }
}
