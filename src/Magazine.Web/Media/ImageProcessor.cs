using NetVips;

namespace Magazine.Web.Media;

/// <summary>What processing made: the upright dimensions of the original and the widths written.</summary>
public sealed record ProcessedImage(int Width, int Height, IReadOnlyList<int> Widths, int LargestHeight)
{
    public string StoredName(string key) => ResponsiveImage.LargestName(key, Widths[^1], LargestHeight);
}

/// <summary>Either what processing made or why it made nothing.</summary>
public readonly record struct ProcessingOutcome(ProcessedImage? Image, ImageRefused? Refused);

/// <summary>An image that processing refused: <see cref="Error"/> is an interface string's key with <see cref="Arguments"/>.</summary>
public sealed record ImageRefused(string Error, object[] Arguments);

/// <summary>
/// Turns an upload into the files readers get, once: upright (EXIF orientation applied),
/// in sRGB, with no metadata at all (EXIF, GPS, XMP, IPTC, comments: a phone photo can carry
/// where it was taken and the camera's serial number), as WebP at each width of
/// <see cref="ResponsiveImage.Ladder"/> and as a 1200×630 JPEG for social cards.
/// </summary>
/// <remarks>
/// Dimensions are read from the header and checked before any pixel is decoded, so a
/// decompression bomb costs nothing. Each output is made by libvips' thumbnail, which
/// streams the file top to bottom and shrinks JPEGs while decoding them: a 50-megapixel
/// photo never sits in memory whole. One image is processed at a time, and libvips keeps no
/// operation cache, so memory stays bounded however many people upload at once.
/// </remarks>
public sealed class ImageProcessor(ILogger<ImageProcessor> logger)
{
    /// <summary>Above any phone or newsroom camera (a 50-megapixel photo passes), far below a bomb.</summary>
    public const long MaxPixels = 100_000_000;
    public const int MaxSide = 20_000;

    private const int WebPQuality = 75;
    private const int SocialQuality = 82;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    static ImageProcessor()
    {
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        Cache.MaxMem = 0;
    }

    public async Task<ProcessingOutcome> ProcessAsync(string source, string folder, string key, CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => Process(source, folder, key), cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private ProcessingOutcome Process(string source, string folder, string key)
    {
        int width, height;
        try
        {
            using var header = Image.NewFromFile(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            (width, height) = Upright(header);
        }
        catch (VipsException e)
        {
            logger.LogInformation("An upload's header could not be read: {Reason}", e.Message);
            return new(null, new ImageRefused(ImageRefusal.UnreadableMessage, []));
        }
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return new(null, new ImageRefused(ImageRefusal.TooManyPixelsMessage, [width, height, MaxPixels / 1_000_000]));
        }

        var written = new List<string>();
        try
        {
            var widths = ResponsiveImage.WidthsUpTo(Math.Min(width, ResponsiveImage.Ladder[^1]));
            var largestHeight = 0;
            foreach (var target in widths)
            {
                // The height bound only stops thumbnail from fitting a portrait photo into a square.
                using var resized = Image.Thumbnail(source, target, height: 1_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Truncated);
                var name = target == widths[^1]
                    ? ResponsiveImage.LargestName(key, target, largestHeight = resized.Height)
                    : ResponsiveImage.NameAt(key, target);
                var path = Path.Combine(folder, name);
                written.Add(path);
                resized.Webpsave(path, q: WebPQuality, keep: Enums.ForeignKeep.None);
            }

            using var social = Image.Thumbnail(source, ResponsiveImage.SocialWidth, height: ResponsiveImage.SocialHeight,
                crop: Enums.Interesting.Attention, failOn: Enums.FailOn.Truncated);
            using var opaque = social.HasAlpha() ? social.Flatten(background: [255, 255, 255]) : social.Copy();
            var socialPath = Path.Combine(folder, ResponsiveImage.SocialName(key));
            written.Add(socialPath);
            opaque.Jpegsave(socialPath, q: SocialQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);

            return new(new ProcessedImage(width, height, widths, largestHeight), null);
        }
        catch (VipsException e)
        {
            logger.LogInformation("An upload could not be decoded: {Reason}", e.Message);
            foreach (var path in written)
            {
                File.Delete(path);
            }
            return new(null, new ImageRefused(ImageRefusal.UnreadableMessage, []));
        }
    }

    /// <summary>Dimensions as the photo is meant to be seen: orientations 5 to 8 turn it a quarter.</summary>
    private static (int Width, int Height) Upright(Image header)
    {
        var orientation = header.GetTypeOf("orientation") == 0 ? 1 : Convert.ToInt32(header.Get("orientation"));
        return orientation is >= 5 and <= 8 ? (header.Height, header.Width) : (header.Width, header.Height);
    }
}
