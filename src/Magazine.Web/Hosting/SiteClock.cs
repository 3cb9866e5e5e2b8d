using System.Globalization;

namespace Magazine.Web.Hosting;

/// <summary>Shows stored UTC times in the site's time zone.</summary>
public static class SiteClock
{
    public static DateTime ToSiteTime(this DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The machine-readable form for a time element's datetime attribute.</summary>
    public static string ToIso(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
