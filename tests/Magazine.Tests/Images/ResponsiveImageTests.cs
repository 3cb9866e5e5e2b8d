using Magazine.Core.Content;
using Magazine.Tests.Infrastructure;
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
    public void BodyImagesOfProcessedUploadsAreStoredWithSizesAndLazyLoading()
    {
        var renderer = new StoryRenderer(ResponsiveBodyImages.Size);
        var markdown = $"Text\n\n<img src=\"/media/{Key}-640x480.webp\" alt=\"A street\" loading=\"eager\" width=\"9\">\n\n![](/images/demo/harbor.svg)";

        var stored = Html.Parse(renderer.RenderHtml(markdown));

        var images = stored.QuerySelectorAll("img");
        Assert.Equal(2, images.Length);
        var processed = images[0];
        Assert.Equal(
            ($"/media/{Key}-640x480.webp", "A street", $"/media/{Key}-320.webp 320w, /media/{Key}-640x480.webp 640w", ResponsiveImage.ArticleSizes, "640", "480", "lazy", "async"),
            (processed.GetAttribute("src"), processed.GetAttribute("alt"), processed.GetAttribute("srcset"), processed.GetAttribute("sizes"),
             processed.GetAttribute("width"), processed.GetAttribute("height"), processed.GetAttribute("loading"), processed.GetAttribute("decoding")));
        Assert.Equal("/images/demo/harbor.svg", images[1].GetAttribute("src"));
        Assert.False(images[1].HasAttribute("srcset"));
    }

    [Fact]
    public void FeedsGetOnePlainAddressOfAColumnWideSize()
    {
        var stored = new StoryRenderer(ResponsiveBodyImages.Size).RenderHtml($"![A street](/media/{Key}-1920x1280.webp)");

        var image = Html.Parse(FeedBodyImages.Plain(stored)).QuerySelector("img")!;

        Assert.Equal($"/media/{Key}-960.webp", image.GetAttribute("src"));
        Assert.Equal("A street", image.GetAttribute("alt"));
        Assert.Empty(image.Attributes.Select(a => a.Name).Intersect(["srcset", "sizes", "loading", "width", "height"]));
    }
}
