namespace Magazine.Web.Seeding;

/// <summary>A Markdown file with a simple "key: value" front matter block between --- lines.</summary>
public sealed class FrontMatterDocument
{
    private readonly Dictionary<string, string> _fields;

    private FrontMatterDocument(Dictionary<string, string> fields, string body)
    {
        _fields = fields;
        Body = body;
    }

    public string Body { get; }

    public string? this[string key] => _fields.GetValueOrDefault(key);

    public string Required(string key) =>
        _fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"Front matter lacks '{key}'.");

    public static FrontMatterDocument Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new FrontMatterDocument(fields, text);
        }
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon > 0)
            {
                fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
        }
        return new FrontMatterDocument(fields, string.Join('\n', lines.Skip(i + 1)).Trim());
    }
}
