using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Magazine.BrowserTests;

/// <summary>
/// Waits for a page to arrive at an address by asking the browser, never through the
/// Playwright client's own record of load states. With Debian's Chromium 156 the driver
/// can report a document's <c>load</c> before its commit; the client then clears the load
/// states it had recorded, and <c>WaitForURLAsync</c> or <c>WaitForLoadStateAsync</c>
/// waits for an event that has already happened, until it times out. The address in the
/// browser and <c>document.readyState</c> are the states a journey needs.
/// </summary>
public static class PageNavigation
{
    public static async Task<IResponse?> OpenAsync(this IPage page, string address)
    {
        var response = await page.GotoAsync(address);
        await page.WaitForCompleteDocumentAsync();
        return response;
    }

    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await page.WaitForCompleteDocumentAsync();
    }

    /// <summary>Arrives at exactly this path, with any query or fragment.</summary>
    public static Task ArriveAtPathAsync(this IPage page, string path) =>
        page.ArriveAtAsync(new Regex("^[a-z]+://[^/]+" + Regex.Escape(path) + "(?:[?#]|$)"));

    private static Task WaitForCompleteDocumentAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.readyState === 'complete'");
}
