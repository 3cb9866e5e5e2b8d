using System.Text.RegularExpressions;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>
/// Before posts and pages were told apart by kind, a WordPress page was kept as
/// "{site}/?p={id}" like a post, and a comment as "{site}/#comment-{id}" whatever it sat in.
/// A later backup of the same blog must find those rows under today's keys, or a repeat
/// import would add every page and comment a second time.
/// </summary>
internal static partial class EarlierWordPressKeys
{
    /// <summary>Today's key for a page stored under the earlier one; null when it already has today's.</summary>
    public static string? Page(string externalId) =>
        EarlierItem().Match(externalId) is { Success: true } match ? $"{match.Groups["site"].Value}/?page_id={match.Groups["id"].Value}" : null;

    /// <param name="ownerKey">Today's key of the story or page the comment belongs to.</param>
    public static string? Comment(string externalId, string? ownerKey)
    {
        if (ownerKey is null || EarlierComment().Match(externalId) is not { Success: true } match
            || !ownerKey.StartsWith(match.Groups["site"].Value + "/?", StringComparison.Ordinal))
        {
            return null;
        }
        return $"{ownerKey}#comment-{match.Groups["id"].Value}";
    }

    [GeneratedRegex(@"^(?<site>.*)/\?p=(?<id>[^#]+)$")]
    private static partial Regex EarlierItem();

    [GeneratedRegex(@"^(?<site>.*)/#comment-(?<id>.+)$")]
    private static partial Regex EarlierComment();
}
