using Microsoft.Extensions.Localization;

namespace Magazine.Web.Hosting;

/// <summary>
/// A counted phrase ("{0} stories") given as a message argument by code that has no
/// localizer, such as a service: it is put in the plural form the edition's language needs
/// where the message is shown.
/// </summary>
public sealed record CountedPhrase(int Count, string Key);

/// <summary>Messages that services return as keys plus arguments, put in the edition's language where they are shown.</summary>
public static class LocalizedMessages
{
    public static string Message(this IStringLocalizer localizer, string key, IReadOnlyList<object> arguments)
    {
        // Without arguments the text is not a format string: it may be an already-worded
        // message (Identity's) that happens to contain braces.
        if (arguments.Count == 0)
        {
            return localizer[key];
        }
        return localizer[key, [.. arguments.Select(a => a is CountedPhrase counted ? localizer.Plural(counted.Count, counted.Key) : a)]];
    }
}
