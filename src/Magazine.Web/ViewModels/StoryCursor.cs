using System.Globalization;

namespace Magazine.Web.ViewModels;

/// <summary>
/// A position in a newest-first list: a story's publish time and id. Lists page by
/// cursor (keyset) so a deep page costs what the first does: the database seeks to the
/// position in the list's index instead of counting its way there.
/// </summary>
public readonly record struct StoryCursor(DateTime PublishedAt, int Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.Ticks}-{Id}");

    public static bool TryParse(string? text, out StoryCursor cursor)
    {
        cursor = default;
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        cursor = new StoryCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}

/// <summary>Which page of a list was asked for: by number, or by number plus a cursor from a pager link.</summary>
public readonly record struct PageRequest(int Page, StoryCursor? Before = null, StoryCursor? After = null)
{
    /// <summary>Reads the page and cursor query values; false when any of them is malformed.</summary>
    public static bool TryRead(int page, string? before, string? after, out PageRequest request)
    {
        request = new PageRequest(page);
        if (before is not null)
        {
            if (!StoryCursor.TryParse(before, out var cursor))
            {
                return false;
            }
            request = request with { Before = cursor };
        }
        if (after is not null)
        {
            if (!StoryCursor.TryParse(after, out var cursor) || request.Before is not null)
            {
                return false;
            }
            request = request with { After = cursor };
        }
        return true;
    }
}
