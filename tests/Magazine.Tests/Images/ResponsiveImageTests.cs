using Magazine.Web.Media;

namespace Magazine.Tests.Images;

public sealed class ResponsiveImageTests
{
    private const string Key = "0123456789abcdef0123";

    [Fact]
    public void AddressOfAProcessedImageNamesEveryWidthMadeOfIt()
    {
        var image = ResponsiveImage.Parse($"/media/{Key}-1100x733.webp")!;

        Assert.Equal([320, 640, 960, 1100], image.Widths);
        Assert.Equal($"/media/{Key}-320.webp 320w, /media/{Key}-640.webp 640w, /media/{Key}-960.webp 960w, /media/{Key}-1100x733.webp 1100w", image.Srcset);
        Assert.Equal($"/media/{Key}-960.webp", image.UrlAtMost(1000));
        Assert.Equal($"/media/{Key}-320.webp", image.UrlAtMost(100));
        Assert.Equal($"/media/{Key}-social.jpg", image.SocialUrl);
    }

    [Theory]
    [InlineData("/media/0123456789abcdef0123.png")]
    [InlineData("/images/demo/harbor.svg")]
    [InlineData("https://example.com/media/0123456789abcdef0123-640x480.webp")]
    [InlineData("/media/0123456789abcdef0123-0x480.webp")]
    [InlineData(null)]
    public void OtherAddressesAreNotProcessedImages(string? url) => Assert.Null(ResponsiveImage.Parse(url));

    [Fact]
    public void BodyImagesOfProcessedUploadsGetSizesAndLoadLazily()
    {
        var html = $"<p>Text</p><p><img src=\"/media/{Key}-640x480.webp\" alt=\"A street\" loading=\"eager\"></p><img src=\"/images/demo/harbor.svg\" alt=\"\">";

        var served = ResponsiveBodyImages.Apply(html);

        Assert.Contains($"<img src=\"/media/{Key}-640x480.webp\" alt=\"A street\" srcset=\"/media/{Key}-320.webp 320w, /media/{Key}-640x480.webp 640w\" sizes=\"{ResponsiveImage.ArticleSizes}\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\">", served);
        Assert.Contains("<img src=\"/images/demo/harbor.svg\" alt=\"\">", served);
    }
}
