using Magazine.Core.Entities;

namespace Magazine.Web.ViewModels;

/// <summary>A correction or update as readers see it under a story and on the corrections page.</summary>
public sealed record StoryNoteView(int Id, StoryNoteKind Kind, string BodyHtml, DateTime CreatedAt)
{
    /// <summary>The note's anchor on its story's page.</summary>
    public string Anchor => $"note-{Id}";

    public string Text => Core.Content.HtmlText.ToPlainText(BodyHtml);
}
