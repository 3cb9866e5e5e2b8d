using System.Text.RegularExpressions;

namespace Magazine.Web.Media;

/// <summary>
/// A processed upload, known from its address alone: <c>/media/{key}-{w}x{h}.webp</c> is its
/// largest WebP, and the narrower ones of <see cref="Ladder"/> sit beside it as <c>{key}-{w}.webp</c>.
/// Stories keep only that address, so a page can offer every size without reading the media table.
/// </summary>
public sealed partial record ResponsiveImage(string Key, int Width, int Height)
{
    /// <summary>Widths made at upload; an image narrower than a step is never enlarged to it.</summary>
    public static readonly IReadOnlyList<int> Ladder = [320, 640, 960, 1280, 1920];

    public const int SocialWidth = 1200;
    public const int SocialHeight = 630;

    /// <summary>Width of a hero or body image on the widest reader layout, in CSS pixels.</summary>
    public const string ArticleSizes = "(min-width: 50rem) 48rem, 100vw";

    public static ResponsiveImage? Parse(string? url)
    {
        var match = url is null ? null : AddressPattern().Match(url);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups["w"].ValueSpan, out var width)
            || !int.TryParse(match.Groups["h"].ValueSpan, out var height)
            || width < 1 || height < 1)
        {
            return null;
        }
        return new ResponsiveImage(match.Groups["key"].Value, width, height);
    }

    public static string LargestName(string key, int width, int height) => $"{key}-{width}x{height}.webp";
    public static string NameAt(string key, int width) => $"{key}-{width}.webp";
    public static string SocialName(string key) => $"{key}-social.jpg";

    /// <summary>The widths made for an image whose largest WebP is <paramref name="largest"/> wide.</summary>
    public static IReadOnlyList<int> WidthsUpTo(int largest) => [.. Ladder.Where(w => w < largest), largest];

    public string Src => MediaStore.UrlOf(LargestName(Key, Width, Height));
    public string SocialUrl => MediaStore.UrlOf(SocialName(Key));
    public IReadOnlyList<int> Widths => WidthsUpTo(Width);

    public string UrlAt(int width) => width == Width ? Src : MediaStore.UrlOf(NameAt(Key, width));

    public string Srcset => string.Join(", ", Widths.Select(w => $"{UrlAt(w)} {w}w"));

    /// <summary>The widest file no wider than <paramref name="maxWidth"/> (the narrowest if all are wider): for feeds and structured data.</summary>
    public string UrlAtMost(int maxWidth) => UrlAt(Widths.LastOrDefault(w => w <= maxWidth, Widths[0]));

    [GeneratedRegex(@"^/media/(?<key>[0-9a-f]{20})-(?<w>[0-9]{1,5})x(?<h>[0-9]{1,5})\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
