using Magazine.Core.Entities;

namespace Magazine.Core.Content;

/// <summary>A form whose body is written in Markdown or HTML: the story editor's and the page editor's.</summary>
public interface IEditableBody
{
    string? BodyMarkdown { get; set; }
    BodyFormat BodyFormat { get; set; }
}
