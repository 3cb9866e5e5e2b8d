using System.Globalization;
using Magazine.Web.Hosting;
using Magazine.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Magazine.Tests.Localization;

/// <summary>The remembered interface strings are what the resources say, in the culture of each lookup.</summary>
public sealed class CachedStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void EveryStringIsWhatTheResourcesSayAskedOnceOrTwice(string culture)
    {
        using var _ = new UiCulture(culture);
        var plain = Resources.Create(typeof(SharedResource));
        var cached = new CachedStringLocalizerFactory(Resources).Create(typeof(SharedResource));

        var names = plain.GetAllStrings(true).Select(s => s.Name).ToList();
        Assert.True(names.Count > 100);
        foreach (var name in names.Concat(names))
        {
            Assert.Equal(plain[name].Value, cached[name].Value);
            Assert.False(cached[name].ResourceNotFound);
        }
        var counted = names.First(n => plain[n].Value.Contains("{0}"));
        Assert.Equal(plain[counted, 7].Value, cached[counted, 7].Value);
        Assert.Contains("7", cached[counted, 7].Value);
        Assert.True(cached["A string nobody wrote"].ResourceNotFound);
        Assert.Equal("A string nobody wrote", cached["A string nobody wrote"].Value);
    }

    [Fact]
    public void AStringRememberedInOneEditionIsNotShownInTheOther()
    {
        var cached = new CachedStringLocalizerFactory(Resources).Create(typeof(SharedResource));

        string english, arabic;
        using (new UiCulture("en"))
        {
            english = cached["Advertisement"].Value;
        }
        using (new UiCulture("ar"))
        {
            arabic = cached["Advertisement"].Value;
        }

        Assert.Equal("Advertisement", english);
        Assert.NotEqual(english, arabic);
        Assert.Contains(arabic, c => c is >= '\u0600' and <= '\u06FF');
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _culture;
        }
    }
}
