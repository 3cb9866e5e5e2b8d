using System.Globalization;
using System.Text;
using Magazine.Web.Hosting;

namespace Magazine.Web.Editions;

/// <summary>
/// .NET formats numbers with Western digits whatever the culture says; a culture that asks
/// for its native digits (<see cref="EditionCultures"/>) gets them here. Every number and
/// date a reader page writes goes through these.
/// </summary>
public static class Numerals
{
    public static string Localize(string text, CultureInfo? culture = null)
    {
        var format = (culture ?? CultureInfo.CurrentCulture).NumberFormat;
        if (format.DigitSubstitution != DigitShapes.NativeNational || format.NativeDigits[0] == "0")
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? format.NativeDigits[c - '0'] : c.ToString());
        }
        return builder.ToString();
    }

    /// <summary>A whole number with the culture's grouping and digits.</summary>
    public static string Number(int value) => Localize(value.ToString("N0", CultureInfo.CurrentCulture));

    /// <summary>A stored UTC time in the site's zone, written for the reader's edition.</summary>
    public static string ShowDate(this DateTime utc, TimeZoneInfo zone, string format) =>
        Localize(utc.ToSiteTime(zone).ToString(format, CultureInfo.CurrentCulture));
}
