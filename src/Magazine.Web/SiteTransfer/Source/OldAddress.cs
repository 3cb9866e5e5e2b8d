namespace Magazine.Web.SiteTransfer.Source;

/// <summary>
/// The local form of an address the old site answered at, as the redirect table stores it:
/// path decoded (as ASP.NET Core presents Request.Path), lower-cased, with the query only
/// for query-string addresses such as WordPress's /?p=123.
/// </summary>
public static class OldAddress
{
    public static string? Of(string? urlOrPath, bool keepQuery = false)
    {
        if (string.IsNullOrWhiteSpace(urlOrPath))
        {
            return null;
        }
        var trimmed = urlOrPath.Trim();
        string path, query;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath;
            query = uri.Query;
        }
        else if (trimmed.StartsWith('/'))
        {
            var q = trimmed.IndexOfAny(['?', '#']);
            path = q < 0 ? trimmed : trimmed[..q];
            query = q >= 0 && trimmed[q] == '?' ? trimmed[q..].Split('#')[0] : "";
        }
        else
        {
            return null;
        }
        var local = CollapseSlashes(Decode(path));
        if (keepQuery && query.Length > 1)
        {
            local += query;
        }
        // The home page is the new site's home page, never a redirect.
        return local == "/" ? null : local.ToLowerInvariant();
    }

    /// <summary>The address and, for one ending in a slash, the same without it: both reach the old page.</summary>
    public static IEnumerable<string> WithSlashVariants(string? address)
    {
        if (address is null)
        {
            yield break;
        }
        yield return address;
        if (address.Length > 1 && address.EndsWith('/') && !address.Contains('?'))
        {
            yield return address.TrimEnd('/');
        }
    }

    /// <summary>"/blog//2012/x" and "/blog/2012/x" reached the same post on the old site; links kept both.</summary>
    public static string CollapseSlashes(string path)
    {
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }
        return path;
    }

    private static string Decode(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }
}
