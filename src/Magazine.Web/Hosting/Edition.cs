using System.Globalization;

namespace Magazine.Web.Hosting;

/// <summary>
/// One language edition of the site: the interface language and the address prefix it
/// lives under. Stories are shown in every edition; each keeps its own language.
/// </summary>
public sealed class Edition
{
    public static readonly Edition English = new("en", "", "en_GB");
    public static readonly Edition Arabic = new("ar", "/ar", "ar_AR");

    public static readonly IReadOnlyList<Edition> All = [English, Arabic];

    private Edition(string language, string prefix, string openGraphLocale)
    {
        Language = language;
        Prefix = prefix;
        OpenGraphLocale = openGraphLocale;
        Culture = CultureInfo.ReadOnly(new CultureInfo(language));
    }

    /// <summary>BCP 47 language of the interface, also the culture dates and numbers follow.</summary>
    public string Language { get; }

    /// <summary>The address prefix ("" or "/ar"), never ending in a slash.</summary>
    public string Prefix { get; }

    public string OpenGraphLocale { get; }
    public CultureInfo Culture { get; }
    public string Direction => TextDirection.Of(Language);
    public bool IsDefault => Prefix.Length == 0;

    /// <summary>
    /// The edition of the request being served. The edition middleware sets the request's
    /// culture from the address, and the culture flows with the request, so address
    /// helpers need no HttpContext; outside a request this is the English edition.
    /// </summary>
    public static Edition Current => For(CultureInfo.CurrentUICulture);

    public static Edition For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == Arabic.Language ? Arabic : English;

    /// <summary>The edition in a story's own language, where there is one; English otherwise.</summary>
    public static Edition ForLanguage(string? language)
    {
        var primary = (language ?? "").Split('-')[0];
        return All.FirstOrDefault(e => string.Equals(e.Language, primary, StringComparison.OrdinalIgnoreCase)) ?? English;
    }

    public static Edition? FromPrefix(string segment) =>
        All.FirstOrDefault(e => !e.IsDefault && string.Equals(e.Prefix, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>An address of this edition for a path of the site ("/section/world" → "/ar/section/world").</summary>
    public string Url(string path) => Prefix + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>A name kept in English and, optionally, Arabic: the one for this edition.</summary>
    public string Pick(string english, string? arabic) =>
        this == Arabic && !string.IsNullOrWhiteSpace(arabic) ? arabic : english;

    /// <summary>The site path of one of this edition's addresses, without its prefix ("/ar/section/world" → "/section/world").</summary>
    public string PathOf(string url)
    {
        if (IsDefault)
        {
            return url;
        }
        if (string.Equals(url, Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return "/";
        }
        return url.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase) ? url[Prefix.Length..] : url;
    }
}
