namespace Magazine.Web.CommandLine;

/// <summary>`--name value` options, `--flag` switches and positional values, in the order given.</summary>
public sealed class VerbArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    public VerbArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    _options[arg[2..eq]] = arg[(eq + 1)..];
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _options[arg[2..]] = list[++i];
                }
                else
                {
                    _options[arg[2..]] = null;
                }
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public string? this[string name] => _options.GetValueOrDefault(name);

    public bool Has(string name) => _options.ContainsKey(name);

    public int? Int(string name) => int.TryParse(this[name], out var value) ? value : null;
}
