// What AVIF would cost beside WebP for the ladder of a 4000×3000 photo, as ImageProcessor makes it
// (libvips thumbnail from the file for each width). Run: dotnet run bench/avif-ladder.cs
// The figures and the decision are in docs/decisions/0006-images-processed-once-with-libvips.md.
#:package NetVips
#:package NetVips.Native
using System.Diagnostics;
using NetVips;

Cache.Max = 0;
Console.WriteLine($"libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}, heifsave: {NetVips.NetVips.TypeFind("VipsOperation", "heifsave") != 0}");
int[] ladder = [320, 640, 960, 1280, 1920];
var folder = Directory.CreateTempSubdirectory("avif-").FullName;

string Photo(string name, bool noisy)
{
    using var xyz = Image.Xyz(4000, 3000);
    using var red = xyz[0] * (200.0 / 4000);
    using var green = xyz[1] * (200.0 / 3000);
    using var blue = red * 0 + 41;
    using var joined = red.Bandjoin(green, blue);
    using var textured = noisy ? joined + Image.Gaussnoise(4000, 3000, sigma: 18).Bandjoin(Image.Gaussnoise(4000, 3000, sigma: 18), Image.Gaussnoise(4000, 3000, sigma: 18)) : joined.Copy();
    using var image = textured.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    var path = Path.Combine(folder, name);
    image.Jpegsave(path, q: 85);
    return path;
}

(double Ms, long Bytes) Ladder(string source, string format)
{
    var clock = Stopwatch.StartNew();
    long bytes = 0;
    foreach (var width in ladder)
    {
        using var resized = Image.Thumbnail(source, width, height: 1_000_000, size: Enums.Size.Down);
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}-{width}.{format}");
        if (format == "webp") resized.Webpsave(path, q: 75, keep: Enums.ForeignKeep.None);
        else resized.Heifsave(path, q: 50, compression: Enums.ForeignHeifCompression.Av1, effort: 4, keep: Enums.ForeignKeep.None);
        bytes += new FileInfo(path).Length;
    }
    return (clock.Elapsed.TotalMilliseconds, bytes);
}

foreach (var (name, noisy) in new[] { ("gradient.jpg", false), ("textured.jpg", true) })
{
    var source = Photo(name, noisy);
    Console.WriteLine($"{name}: {new FileInfo(source).Length:N0} bytes");
    foreach (var format in new[] { "webp", "avif", "webp", "avif" })
    {
        var (ms, bytes) = Ladder(source, format);
        Console.WriteLine($"  {format,-5} ladder {string.Join('/', ladder)}: {ms,8:N0} ms, {bytes,10:N0} bytes");
    }
}
