using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Hosting;

/// <summary>
/// Counted phrases ("3 comments"). Arabic has six plural forms where English has two, so
/// each phrase is stored once per form the language uses, as "key|form" (CLDR names).
/// </summary>
public static class PluralStrings
{
    public static string Plural(this IStringLocalizer localizer, int count, string key)
    {
        var form = FormOf(count, CultureInfo.CurrentUICulture);
        var text = localizer[$"{key}|{form}"];
        if (text.ResourceNotFound)
        {
            text = localizer[$"{key}|other"];
        }
        return string.Format(CultureInfo.CurrentCulture, text.Value, Editions.Numerals.Number(count));
    }

    /// <summary>The CLDR plural category of a whole number in the culture's language.</summary>
    public static string FormOf(int count, CultureInfo culture)
    {
        var n = Math.Abs(count);
        if (culture.TwoLetterISOLanguageName != "ar")
        {
            return n == 1 ? "one" : "other";
        }
        return (n, n % 100) switch
        {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, >= 3 and <= 10) => "few",
            (_, >= 11 and <= 99) => "many",
            _ => "other",
        };
    }
}
