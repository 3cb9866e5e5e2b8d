using System.Globalization;

namespace Magazine.Web.Hosting;

/// <summary>Shows stored UTC times in the site's time zone.</summary>
public static class SiteClock
{
    public static DateTime ToSiteTime(this DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>
    /// The UTC instant of a wall-clock time entered in the site's zone. A time skipped by a
    /// clock change does not exist: check <see cref="TimeZoneInfo.IsInvalidTime"/> first.
    /// </summary>
    public static DateTime FromSiteTime(this DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    /// <summary>The value format of a datetime-local input.</summary>
    public static string ToInputValue(this DateTime local) =>
        local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for a time element's datetime attribute.</summary>
    public static string ToIso(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
