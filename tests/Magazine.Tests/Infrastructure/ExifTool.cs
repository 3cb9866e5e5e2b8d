using System.Diagnostics;
using System.Text.Json;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// Debian's exiftool (libimage-exiftool-perl), the independent judge of what metadata a file
/// carries. A test that calls it is a [SkippableFact]: skipped without exiftool on a
/// developer's machine, failing without it in CI (<see cref="RequiredProgram"/>).
/// </summary>
public static class ExifTool
{
    public static readonly RequiredProgram Program = new("exiftool", "apt-get install -y libimage-exiftool-perl");

    public static string Run(params string[] arguments)
    {
        Program.SkipIfMissing();
        var start = new ProcessStartInfo("exiftool") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(Program.Missing);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"exiftool {string.Join(' ', arguments)} failed: {error}");
            return output;
        }
    }

    /// <summary>Every tag exiftool finds, named "Group:Tag" by family 0 (EXIF, XMP, IPTC, File, RIFF...), unknown ones included.</summary>
    public static Dictionary<string, string> Tags(string path)
    {
        using var json = JsonDocument.Parse(Run("-j", "-G0", "-a", "-u", "-n", path));
        return json.RootElement[0].EnumerateObject()
            .GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.First().Value.ToString());
    }
}
