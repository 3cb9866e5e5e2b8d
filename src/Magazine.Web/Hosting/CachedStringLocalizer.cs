using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Hosting;

/// <summary>
/// Remembers the interface strings once looked up. A page asks for dozens of them, and each
/// lookup through the resource manager takes a lock shared by every request (threads waiting
/// for it were 1.5 % of a profile of uncached search pages at 32 connections) and allocates
/// on its way down the culture's fallbacks. The resources are compiled into the site, so a
/// string found once never changes while it runs.
/// </summary>
public sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<(Type? Type, string? BaseName, string? Location), IStringLocalizer> _localizers = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _localizers.GetOrAdd((resourceSource, null, null), key => new CachedStringLocalizer(resources.Create(key.Type!)));

    public IStringLocalizer Create(string baseName, string location) =>
        _localizers.GetOrAdd((null, baseName, location), key => new CachedStringLocalizer(resources.Create(key.BaseName!, key.Location!)));
}

public sealed class CachedStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    /// <summary>
    /// Names come from the site's code and views, a few hundred per culture; the bound only
    /// guards against a name built from input, which is then looked up every time instead.
    /// </summary>
    public const int MaxRemembered = 4_096;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var found))
            {
                return found;
            }
            found = resources[name];
            if (_found.Count < MaxRemembered)
            {
                _found.TryAdd(key, found);
            }
            return found;
        }
    }

    /// <summary>As the resource manager's localizer formats: the template in the UI culture, the arguments in the culture.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
