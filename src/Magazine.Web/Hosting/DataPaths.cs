using Microsoft.Extensions.Options;

namespace Magazine.Web.Hosting;

/// <summary>
/// Where the site keeps its state. Everything lives in one folder so that a backup, a move
/// to another machine or a container volume is one path; only the uploads may be elsewhere,
/// in a directory that several instances share.
/// </summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<MagazineOptions> options, IWebHostEnvironment environment)
    {
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataDirectory));
        Uploads = options.Value.MediaDirectory is { Length: > 0 } shared
            ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, shared))
            : Path.Combine(Root, "uploads");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Uploads);
        Directory.CreateDirectory(Keys);
    }

    public string Root { get; }
    public string Database => Path.Combine(Root, "magazine.db");
    /// <summary>
    /// Uploaded images, served at /media: every reader of them (the store, the reprocessor,
    /// the file server) takes this path, the one seam for where they live
    /// (<see cref="MagazineOptions.MediaDirectory"/>).
    /// </summary>
    public string Uploads { get; }
    public string Keys => Path.Combine(Root, "keys");

    /// <summary>Uploads while they are processed; never served, emptied as each one finishes.</summary>
    public string Incoming => Path.Combine(Root, "incoming");
}
