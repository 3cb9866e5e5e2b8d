namespace Magazine.Core.Content;

public static class LineEndings
{
    /// <summary>
    /// Text as typed into a textarea comes back with CR LF; kept as LF, so a form written
    /// again does not carry carriage returns (<c>&amp;#xD;</c>, which the HTML checker refuses)
    /// and revisions compare by their words, not their line endings.
    /// </summary>
    public static string? Normalize(string? text) => text?.ReplaceLineEndings("\n");
}
