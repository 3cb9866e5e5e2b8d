using Magazine.Web.Caching;

namespace Magazine.Tests.Infrastructure;

/// <summary>Tells an answer from the page cache from a fresh render, on a site with <c>Magazine:CacheHeader</c> on.</summary>
public static class CacheAnswers
{
    public static bool FromCache(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ReaderPagePolicy.CacheHeader, out var values) && values.Contains("hit");
}
