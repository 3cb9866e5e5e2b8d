using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Infrastructure;

/// <summary>The story editor driven as a browser drives it: read the form as served, change fields, press a button.</summary>
public static class StoryEditing
{
    /// <summary>The fields a browser would send for a form, with their current values (files and buttons left out).</summary>
    public static Dictionary<string, string> FieldsOf(IElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "file" or "submit" or "button" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }
                    break;
                case IHtmlInputElement input:
                    fields.TryAdd(name, input.Value);
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? "";
                    break;
            }
        }
        return fields;
    }

    public static async Task<Dictionary<string, string>> EditorFieldsAsync(this HttpClient client, string url = "/admin/stories/new")
    {
        var page = await client.GetDocumentAsync(url);
        return FieldsOf(page.QuerySelector("form#story-form") ?? throw new InvalidOperationException($"{url} has no story form"));
    }

    /// <summary>Fills a new story's form and presses <paramref name="command"/>; returns the response.</summary>
    public static async Task<HttpResponseMessage> NewStoryAsync(this HttpClient client, string title, string body, string command = "Save", Action<Dictionary<string, string>>? change = null)
    {
        var fields = await client.EditorFieldsAsync();
        fields["Form.Title"] = title;
        fields["Form.BodyMarkdown"] = body;
        fields["Form.Command"] = command;
        change?.Invoke(fields);
        return await client.PostAsync("/admin/stories/new", new FormUrlEncodedContent(fields));
    }

    /// <summary>Creates a story and returns its id (the editor's address after the redirect).</summary>
    public static async Task<int> CreateStoryAsync(this HttpClient client, string title, string body = "Some text.", string command = "Save", Action<Dictionary<string, string>>? change = null)
    {
        var response = await client.NewStoryAsync(title, body, command, change);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating the story answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Opens the story's editor, changes fields and presses <paramref name="command"/>.</summary>
    public static async Task<HttpResponseMessage> EditStoryAsync(this HttpClient client, int id, string command, Action<Dictionary<string, string>>? change = null)
    {
        var fields = await client.EditorFieldsAsync($"/admin/stories/{id}");
        fields["Form.Command"] = command;
        change?.Invoke(fields);
        return await client.PostAsync($"/admin/stories/{id}", new FormUrlEncodedContent(fields));
    }

    /// <summary>Presses one of the editor's side buttons (unpublish, trash, restore) from the page as served.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, int id, string action)
    {
        var page = await client.GetDocumentAsync($"/admin/stories/{id}");
        var form = page.QuerySelector($"form[action='/admin/stories/{id}/{action}']")
            ?? throw new InvalidOperationException($"no {action} button on the editor of story {id}");
        return await client.PostAsync($"/admin/stories/{id}/{action}", new FormUrlEncodedContent(FieldsOf(form)));
    }

    public static Task<Magazine.Core.Entities.Article> StoredStoryAsync(this MagazineFactory app, int id) =>
        app.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).ThenInclude(t => t.Tag).SingleAsync(a => a.Id == id));

    public static async Task<IHtmlDocument> DocumentAsync(this HttpResponseMessage response) =>
        Html.Parse(await response.Content.ReadAsStringAsync());
}
