using System.Globalization;
using Magazine.Web.Hosting;

namespace Magazine.Web.Editions;

/// <summary>
/// The culture each edition's pages are written in. The settings travel inside the culture
/// (month names, and the digits in <see cref="NumberFormatInfo.NativeDigits"/>), so every
/// date and number written for a request follows them without reading configuration.
/// </summary>
public static class EditionCultures
{
    private static readonly string[] Levantine =
    [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول", "",
    ];

    private static readonly string[] Standard =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "",
    ];

    private static readonly string[] ArabicIndic = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];

    public static CultureInfo For(Edition edition, EditionOptions options)
    {
        if (edition != Edition.Arabic)
        {
            return edition.Culture;
        }
        var culture = (CultureInfo)edition.Culture.Clone();
        // Gregorian dates whatever the platform's default calendar for "ar" is.
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        var months = options.ArabicMonthNames == ArabicMonthNames.Standard ? Standard : Levantine;
        culture.DateTimeFormat.MonthNames = months;
        culture.DateTimeFormat.MonthGenitiveNames = months;
        culture.DateTimeFormat.AbbreviatedMonthNames = months;
        culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = months;
        if (options.ArabicIndicDigits)
        {
            culture.NumberFormat.NativeDigits = ArabicIndic;
            culture.NumberFormat.DigitSubstitution = DigitShapes.NativeNational;
        }
        return CultureInfo.ReadOnly(culture);
    }
}
