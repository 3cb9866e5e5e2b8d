namespace Magazine.Core.Entities;

/// <summary>
/// What a body's source is written in. Stories written here are Markdown; bodies moved in
/// from Blogger or WordPress stay the HTML they were, since reading them as Markdown turns
/// indented HTML into code blocks and "1986." into a list.
/// </summary>
public enum BodyFormat
{
    Markdown = 0,
    Html = 1,
}
