using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// Everything a page said and fetched, with times since the journey began: console
/// messages, uncaught errors, requests, responses and failed requests. Kept for every
/// page so that a failed journey explains itself without being run again.
/// </summary>
public sealed class PageRecorder
{
    private readonly Stopwatch _clock;
    private readonly List<string> _lines = [];

    public PageRecorder(IPage page, string name, Uri site, Stopwatch clock)
    {
        Page = page;
        Name = name;
        _clock = clock;
        page.Console += (_, message) =>
        {
            Add($"console.{message.Type}: {message.Text} ({message.Location})");
            // Imported stories link images on their old hosts, which this machine cannot reach.
            var fromSite = message.Location.StartsWith(site.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
            if (message.Type == "error" && (fromSite || !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)))
            {
                Note($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => { Add($"page error: {error}"); Note($"page error: {error}"); };
        page.Request += (_, request) => Add($"→ {request.Method} {request.Url}");
        page.Response += (_, response) =>
        {
            Add($"← {response.Status} {response.Request.Method} {response.Url}");
            if (response.Status >= 400)
            {
                Note($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => Add($"✗ {request.Method} {request.Url}: {request.Failure}");
        page.FrameNavigated += (_, frame) => { if (frame.ParentFrame is null) Add($"navigated to {frame.Url}"); };
        page.DOMContentLoaded += (_, _) => Add("DOMContentLoaded");
        page.Load += (_, _) => Add("load");
    }

    public IPage Page { get; }

    public string Name { get; }

    /// <summary>Console errors, uncaught errors and 4xx/5xx answers: what a journey expects none of.</summary>
    public List<string> Problems { get; } = [];

    public string Log
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public string Tail(int count)
    {
        lock (_lines)
        {
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - count)));
        }
    }

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add($"{_clock.Elapsed.TotalSeconds,8:0.000}s {line}");
        }
    }

    private void Note(string problem)
    {
        lock (Problems)
        {
            Problems.Add($"{Name}: {problem}");
        }
    }

    public static string Describe(IEnumerable<PageRecorder> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            text.Append("--- ").Append(page.Name).Append(" (last events) ---\n").Append(page.Tail(25)).Append('\n');
        }
        return text.ToString();
    }
}
