namespace Magazine.Core.Content;

/// <summary>What a save stores beside the Markdown source: safe HTML, plain text and reading time.</summary>
public sealed record RenderedContent(string Html, string Text, int ReadingMinutes);
