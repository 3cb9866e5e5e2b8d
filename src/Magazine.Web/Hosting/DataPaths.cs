using Microsoft.Extensions.Options;

namespace Magazine.Web.Hosting;

/// <summary>
/// Where the site keeps its state. Everything lives in one folder so that a backup, a move
/// to another machine or a container volume is one path.
/// </summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<MagazineOptions> options, IWebHostEnvironment environment)
    {
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataDirectory));
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Uploads);
        Directory.CreateDirectory(Keys);
    }

    public string Root { get; }
    public string Database => Path.Combine(Root, "magazine.db");
    public string Uploads => Path.Combine(Root, "uploads");
    public string Keys => Path.Combine(Root, "keys");

    /// <summary>Uploads while they are processed; never served, emptied as each one finishes.</summary>
    public string Incoming => Path.Combine(Root, "incoming");
}
